// claimgraph contested: contacts one source reports and another denies, with both sides'
// evidence and claimants; and, with --thin, claims resting on one named source or none.

#include <iostream>

#include "cli/commands.h"
#include "cli/query_options.h"
#include "cli/query_text.h"
#include "graph/io/query_json.h"
#include "graph/query/contested.h"
#include "graph/query/saved_queries.h"

namespace claimgraph::cli {

namespace {

struct ContestedArgs {
  QueryArgs query;
  bool thin = false;
  bool evidence = false;
  std::size_t limit = 0;
};

/// Entity names for ids, comma-separated; "(unattributed)" for none.
std::string names(const ClaimGraph& g, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + shown(g.name_of(id));
  return out.empty() ? "(unattributed)" : out;
}

/// "; the first 3 (--limit)" when `shown` of `total` are listed; nothing when all are.
std::string first_of(std::size_t shown_here, std::size_t total) {
  if (shown_here == total) return "";
  return "; the first " + std::to_string(shown_here) + " (--limit)";
}

/// Each contested pair with both sides: who says so, and the evidence.
void print_pairs(const AggregateGraph& graph, const std::vector<ContestedPair>& pairs,
                 std::size_t total, std::size_t limit) {
  const ClaimGraph& g = *graph.graph;
  std::cout << count(total, "contested pair") << first_of(pairs.size(), total) << "\n";
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const ContestedPair& p = pairs[i];
    std::cout << "\n"
              << i + 1 << ". " << shown(g.entity(p.a).name) << " -- " << shown(g.entity(p.b).name)
              << "\n   reported (" << count(p.report_articles, "article")
              << ") by: " << names(g, p.reporters) << "\n";
    print_relations(g, p.reports, p.report_count, limit, std::cout);
    std::cout << "   denied (" << count(p.denial_articles, "article")
              << ") by: " << names(g, p.deniers) << "\n";
    print_relations(g, p.denials, p.denial_count, limit, std::cout);
  }
}

/// The thin claims, one line each, with whose word they rest on.
void print_thin(const AggregateGraph& graph, const std::vector<ThinClaim>& thin, std::size_t total,
                bool evidence, std::size_t limit) {
  std::cout << "\n"
            << count(total, "claim") << " resting on one named source or only "
            << "anonymous ones" << first_of(thin.size(), total) << "\n";
  for (const ThinClaim& c : thin) {
    std::cout << "  " << edge_line(graph, c.edge) << "  ["
              << (c.anonymous ? "anonymous only" : "only " + shown(graph.graph->name_of(c.source)))
              << "]\n";
    const AggregateEdge& edge = graph.edges[c.edge];
    if (evidence)
      print_relations(*graph.graph, edge.relations, edge.relation_count(), limit, std::cout);
  }
}

/// Keeps the first `limit` items; 0 keeps all.
template <typename T>
void limit_to(std::vector<T>& items, std::size_t limit) {
  if (limit && items.size() > limit) items.resize(limit);
}

/// Prints the pairs and thin claims, the first --limit of each; returns the exit status.
int show(ContestedArgs& a, const AggregateGraph& aggregated, std::vector<ContestedPair>& pairs,
         std::vector<ThinClaim>& thin, std::size_t pair_total, std::size_t thin_total) {
  limit_to(pairs, a.limit);
  limit_to(thin, a.limit);
  if (a.query.json) {
    std::cout << contested_json(aggregated, pairs, a.thin ? &thin : nullptr, a.query.evidence());
  } else {
    print_pairs(aggregated, pairs, pair_total, a.query.evidence());
    if (a.thin) print_thin(aggregated, thin, thin_total, a.evidence, a.query.evidence());
  }
  return a.query.inputs.failures ? kInputsFailed : kOk;
}

/// Reads the graph (the store's saved one when it can) and lists its contested pairs (and
/// thin claims).
int run(ContestedArgs& a) {
  std::vector<std::string> none;
  a.query.take_names(0, none);
  RelationFilter filter = a.query.relation_filter();  // before the graph: it reads every article
  if (auto snapshot = saved_graph(a.query, filter)) {
    SavedContested saved = saved_contested(*snapshot, a.thin, a.limit, a.query.evidence());
    return show(a, saved.aggregated, saved.pairs, saved.thin, saved.pair_total, saved.thin_total);
  }
  ClaimGraph graph = build_graph(a.query.inputs);
  AggregateGraph aggregated = aggregate(graph, filter);
  std::vector<ContestedPair> pairs = contested_pairs(aggregated);
  std::vector<ThinClaim> thin = a.thin ? thin_claims(aggregated) : std::vector<ThinClaim>{};
  return show(a, aggregated, pairs, thin, pairs.size(), thin.size());
}

}  // namespace

Runner setup_contested(CLI::App& sub) {
  auto a = std::make_shared<ContestedArgs>();
  add_query_args(sub, a->query, "Article inputs (files, folders, stores, -)");
  sub.get_option("args")->option_text("INPUTS...");
  sub.add_flag("--thin", a->thin,
               "Also list contacts and denials resting on one named claimant or only anonymous "
               "ones (\"officials said\")");
  sub.add_flag("--evidence", a->evidence, "List the relations under each --thin claim");
  add_evidence_limit(sub, a->query);
  sub.add_option("--limit", a->limit, "At most this many pairs (and thin claims); 0: all");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
