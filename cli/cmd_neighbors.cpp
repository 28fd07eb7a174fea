// claimgraph neighbors: an entity's ego network, grouped by relation kind, strongest first.

#include <iostream>

#include "cli/commands.h"
#include "cli/query_options.h"
#include "cli/query_text.h"
#include "graph/io/query_json.h"
#include "graph/query/neighbors.h"
#include "graph/query/saved_queries.h"

namespace claimgraph::cli {

namespace {

struct NeighborsArgs {
  QueryArgs query;
  std::size_t depth = 1;
  bool evidence = false;
};

/// The ego network as text: a summary line, then each kind with its edges.
void print_ego(const AggregateGraph& graph, const EgoNetwork& ego, const NeighborsArgs& a) {
  std::cout << shown(graph.graph->entity(ego.center).name) << ": "
            << count(ego.entities.size() - 1, "entity") << " within " << count(a.depth, "hop")
            << ", " << count(ego.edges.size(), "edge") << "\n";
  for (RelationKind kind : kAllRelationKinds) {
    std::size_t n = 0;
    for (std::size_t e : ego.edges) n += graph.edges[e].kind == kind;
    if (n) std::cout << "\n" << to_string(kind) << " (" << count(n, "edge") << ")\n";
    for (std::size_t e : ego.edges) {
      if (graph.edges[e].kind != kind) continue;
      std::cout << "  " << edge_line(graph, e, ego.center) << "\n";
      const AggregateEdge& edge = graph.edges[e];
      if (a.evidence)
        print_relations(*graph.graph, edge.relations, edge.relation_count(), a.query.evidence(),
                        std::cout);
    }
  }
}

/// Prints the ego network as text or JSON; returns the exit status.
int show(NeighborsArgs& a, const AggregateGraph& aggregated, const EgoNetwork& ego) {
  if (a.query.json)
    std::cout << ego_json(aggregated, ego, a.depth, a.query.evidence());
  else
    print_ego(aggregated, ego, a);
  return a.query.inputs.failures ? kInputsFailed : kOk;
}

/// Reads the graph (the store's saved one when it can), looks the name up and lists its
/// neighbourhood.
int run(NeighborsArgs& a) {
  std::vector<std::string> names;
  if (!a.query.take_names(1, names)) {
    std::cerr << "claimgraph neighbors: expected INPUTS... NAME\n";
    return kUsage;
  }
  RelationFilter filter = a.query.relation_filter();  // before the graph: it reads every article
  if (auto snapshot = saved_graph(a.query, filter)) {
    auto center = named_entity(snapshot->find(names[0]), names[0], "neighbors");
    if (!center) return kNoAnswer;
    // Without --evidence the text shows the edges' counts alone: no relation is read.
    std::size_t evidence = a.evidence || a.query.json ? a.query.evidence() : 0;
    SavedEgo saved = saved_ego_network(*snapshot, *center, a.depth, evidence);
    return show(a, saved.aggregated, saved.ego);
  }
  ClaimGraph graph = build_graph(a.query.inputs);
  auto center = find_named_entity(graph, names[0], "neighbors");
  if (!center) return kNoAnswer;
  AggregateGraph aggregated = aggregate(graph, filter);
  return show(a, aggregated, ego_network(aggregated, *center, a.depth));
}

}  // namespace

Runner setup_neighbors(CLI::App& sub) {
  auto a = std::make_shared<NeighborsArgs>();
  add_query_args(sub, a->query, "Article inputs (files, folders, stores, -), then the entity name");
  sub.get_option("args")->option_text("INPUTS... NAME");
  sub.add_option("--depth", a->depth, "Hops from the entity")->check(CLI::Range(1, 10));
  sub.add_flag("--evidence", a->evidence,
               "List the relations under each edge (the first --evidence-limit of them)");
  add_evidence_limit(sub, a->query);
  sub.footer(
      "One line per edge (source, target, kind) with its articles, outlets, claimants, stances "
      "and dates; grouped by kind, most articles first.\n");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
