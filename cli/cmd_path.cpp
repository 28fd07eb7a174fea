// claimgraph path: how two entities are connected, hop by hop, with the evidence for each.

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/query/path.h"

namespace claimgraph::cli {

namespace {

struct PathArgs {
  InputOptions inputs;
  std::vector<std::string> positionals;  // inputs..., FROM, TO
};

std::string or_dash(const std::string& s) { return s.empty() ? "-" : s; }

void print_relation(const ClaimGraph& graph, ClaimGraph::Edge e, std::ostream& out) {
  const auto& g = graph.graph();
  const RelationEdge& r = graph.relation(e);
  out << "     " << graph.entity(boost::source(e, g)).name << " --" << to_string(r.kind)
      << (r.kind == RelationKind::contact ? "-- " : "-> ")
      << graph.entity(boost::target(e, g)).name;
  if (r.stance != Stance::asserted) out << " (" << to_string(r.stance) << ")";
  out << "\n       evidence: " << r.evidence.article
      << (publication(r).empty() ? "" : " (" + publication(r) + ")") << " ["
      << r.evidence.span.start << ", " << r.evidence.span.end << "): \"" << r.evidence.text
      << "\"\n"
      << "       cue: \"" << r.evidence.cue_text
      << "\"  claimed by: " << or_dash(graph.name_of(r.claimant))
      << "  via outlet: " << or_dash(graph.name_of(r.outlet)) << "  confidence: " << r.confidence
      << "\n";
}

int run(PathArgs& a) {
  if (a.positionals.size() < 3) {
    std::cerr << "claimgraph path: expected INPUTS... FROM TO\n";
    return kUsage;
  }
  std::string to = a.positionals.back();
  a.positionals.pop_back();
  std::string from = a.positionals.back();
  a.positionals.pop_back();
  a.inputs.inputs = a.positionals;
  ClaimGraph graph = build_graph(a.inputs);
  auto source = find_named_entity(graph, from, "path");
  auto target = find_named_entity(graph, to, "path");
  if (!source || !target) return kNoAnswer;
  auto path = shortest_path(graph, *source, *target);
  const std::string& a_name = graph.entity(*source).name;
  const std::string& b_name = graph.entity(*target).name;
  if (!path) {
    std::cerr << "claimgraph path: no path between " << a_name << " and " << b_name << "\n";
    return kNoAnswer;
  }
  std::cout << a_name << " -> " << b_name << ": " << path->size() << " hop"
            << (path->size() == 1 ? "" : "s") << "\n";
  for (std::size_t i = 0; i < path->size(); ++i) {
    const PathHop& hop = (*path)[i];
    std::cout << "\n"
              << i + 1 << ". " << graph.entity(hop.from).name << " -- " << graph.entity(hop.to).name
              << "\n";
    for (auto e : hop.relations) print_relation(graph, e, std::cout);
  }
  return a.inputs.failures ? kInputsFailed : kOk;
}

}  // namespace

Runner setup_path(CLI::App& sub) {
  auto a = std::make_shared<PathArgs>();
  add_query_options(sub, a->positionals, a->inputs,
                    "Article inputs (files, folders, stores, -), then FROM and TO entity names");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
