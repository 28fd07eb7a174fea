// claimgraph path: how two entities are connected, hop by hop, with the evidence for each; the
// k best paths or every path up to some hops; and, when there is none, why.

#include <functional>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/query_options.h"
#include "cli/query_text.h"
#include "graph/io/query_json.h"
#include "graph/query/no_path.h"
#include "graph/query/path.h"
#include "graph/query/saved_queries.h"

namespace claimgraph::cli {

namespace {

struct PathArgs {
  QueryArgs query;
  PathOptions options;
};

using Vertex = ClaimGraph::Vertex;

/// The paths as text: one as it always printed, several numbered with their cost.
void print_paths(const AggregateGraph& graph, Vertex from, Vertex to, const PathResult& found,
                 std::size_t limit) {
  const ClaimGraph& g = *graph.graph;
  std::cout << shown(g.entity(from).name) << " -> " << shown(g.entity(to).name) << ": ";
  if (found.paths.size() == 1) {  // the shortest path, as it always printed
    std::cout << count(found.paths[0].hops.size(), "hop") << "\n";
    print_path(graph, found.paths[0], limit, std::cout);
    return;
  }
  std::cout << count(found.paths.size(), "path") << "\n";
  for (std::size_t i = 0; i < found.paths.size(); ++i) {
    std::cout << "\nPath " << i + 1 << ": " << count(found.paths[i].hops.size(), "hop") << ", cost "
              << found.paths[i].cost << "\n";
    print_path(graph, found.paths[i], limit, std::cout);
  }
}

/// Why there is no path, on standard error, with the path that exists without the filters.
void print_no_path(const ClaimGraph& g, Vertex from, Vertex to, const NoPathReason& why,
                   std::size_t limit) {
  std::string a = shown(g.entity(from).name), b = shown(g.entity(to).name);
  std::cerr << "claimgraph path: no path between " << a << " and " << b;
  if (why.disconnected) {
    std::cerr << ": they are in different components of the graph (" << a << "'s has "
              << count(why.from_component, "entity") << ", " << b << "'s "
              << count(why.to_component, "entity") << ")\n";
    return;
  }
  if (why.filtered_hops)
    std::cerr << ": the shortest path within the filters has " << count(why.filtered_hops, "hop")
              << ", more than --max-hops\n";
  else if (why.cutting.empty())
    std::cerr << ": the filters together cut every connection\n";
  else
    for (std::size_t i = 0; i < why.cutting.size(); ++i)
      std::cerr << (i                         ? ", "
                    : why.cutting.size() == 1 ? ": the connection is cut by "
                                              : ": the connection is cut by each of ")
                << why.cutting[i] << (i + 1 == why.cutting.size() ? "\n" : "");
  std::cerr << "without the filters: ";
  std::ostringstream text;
  print_path(why.unfiltered, *why.path, limit, text);
  std::cerr << count(why.path->hops.size(), "hop") << "\n" << text.str();
}

/// Prints the paths found, or why there are none; returns the exit status.
int show(PathArgs& a, const AggregateGraph& aggregated, Vertex from, Vertex to,
         const PathResult& found, const std::function<NoPathReason()>& explain) {
  if (found.paths.empty()) {
    NoPathReason why = explain();
    if (a.query.json) std::cout << no_path_json(from, to, why, a.query.evidence());
    print_no_path(*aggregated.graph, from, to, why, a.query.evidence());
    return kNoAnswer;
  }
  if (a.query.json)
    std::cout << paths_json(aggregated, from, to, found, a.query.evidence());
  else
    print_paths(aggregated, from, to, found, a.query.evidence());
  if (found.capped)
    std::cerr << "claimgraph path: stopped at " << count(a.options.cap, "path")
              << " (--cap); lower --max-hops or raise --cap for the rest\n";
  return a.query.inputs.failures ? kInputsFailed : kOk;
}

/// Searches the whole graph, then prints the paths or why there are none.
int answer(PathArgs& a, const ClaimGraph& graph, const RelationFilter& filter, Vertex from,
           Vertex to) {
  // Unweighted, the search needs only which entities are linked: sources are counted after,
  // for the hops shown.
  Summaries summaries = a.options.weighted ? Summaries::all : Summaries::later;
  AggregateGraph aggregated = aggregate(graph, filter, summaries);
  PathResult found = find_paths(aggregated, from, to, a.options);
  summarise_paths(aggregated, found);
  return show(a, aggregated, from, to, found,
              [&] { return explain_no_path(graph, filter, a.options, from, to); });
}

/// Searches the store's saved graph, then prints as answer() does.
int answer_saved(PathArgs& a, const GraphSnapshot& snapshot,
                 const std::vector<std::string>& names) {
  auto from = named_entity(snapshot.find(names[0]), names[0], "path");
  auto to = named_entity(snapshot.find(names[1]), names[1], "path");
  if (!from || !to) return kNoAnswer;
  SavedPaths saved = find_saved_paths(snapshot, *from, *to, a.options, a.query.evidence());
  return show(a, saved.aggregated, saved.from, saved.to, saved.found,
              [&] { return std::move(*saved.why); });
}

/// Reads the graph, looks the two names up and answers.
int run(PathArgs& a) {
  std::vector<std::string> names;
  if (!a.query.take_names(2, names)) {
    std::cerr << "claimgraph path: expected INPUTS... FROM TO\n";
    return kUsage;
  }
  if (a.options.all && !a.options.max_hops) {
    std::cerr << "claimgraph path: --all needs --max-hops, or the paths would be countless\n";
    return kUsage;
  }
  RelationFilter filter = a.query.relation_filter();  // before the graph: it reads every article
  if (auto snapshot = saved_graph(a.query, filter)) return answer_saved(a, *snapshot, names);
  ClaimGraph graph = build_graph(a.query.inputs);
  auto from = find_named_entity(graph, names[0], "path");
  auto to = find_named_entity(graph, names[1], "path");
  if (!from || !to) return kNoAnswer;
  return answer(a, graph, filter, *from, *to);
}

}  // namespace

Runner setup_path(CLI::App& sub) {
  auto a = std::make_shared<PathArgs>();
  add_query_args(sub, a->query,
                 "Article inputs (files, folders, stores, -), then FROM and TO entity names");
  sub.get_option("args")->option_text("INPUTS... FROM TO");
  add_evidence_limit(sub, a->query);
  sub.add_option("-k", a->options.k, "The k shortest loop-free paths (Yen), cheapest first")
      ->check(CLI::Range(1, 1000));
  sub.add_option("--max-hops", a->options.max_hops, "Only paths of at most this many hops")
      ->check(CLI::Range(1, 20))
      ->default_str("no limit");
  sub.add_flag("--all", a->options.all, "Every simple path of at most --max-hops hops");
  sub.add_option("--cap", a->options.cap,
                 "At most this many paths enumerated (--all, -k), so a hub cannot explode")
      ->check(CLI::Range(1, 1000000));
  sub.add_flag("--weighted", a->options.weighted,
               "Cost hops by corroboration: edges from more articles and outlets are cheaper");
  sub.footer(
      "Relations between the same two entities of the same kind count as one edge with its "
      "articles, outlets and claimants; every hop lists the evidence beneath it, the first "
      "--evidence-limit relations of each edge, and counts the rest.\n");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
