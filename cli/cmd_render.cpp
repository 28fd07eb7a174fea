// claimgraph render: the claim graph of articles as SVG or DOT, whole or around one entity.

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/io/terminal_text.h"
#include "graph/query/names.h"
#include "graph/query/neighbors.h"
#include "graph/query/path.h"
#include "graph/query/subgraph.h"
#include "graph/render/render.h"

namespace claimgraph::cli {

namespace {

struct RenderArgs {
  InputOptions inputs;
  std::string output;
  std::string format;
  std::string focus;
  std::vector<std::string> path;  ///< FROM TO: draw the shortest path between them
  std::string neighbors;          ///< draw this entity's ego network
  bool contested = false;         ///< draw the contested pairs
  std::size_t depth = 1;
  RenderOptions render;
  bool no_legend = false;
};

RenderFormat format_of(const RenderArgs& a) {
  if (!a.format.empty()) return a.format == "dot" ? RenderFormat::dot : RenderFormat::svg;
  bool dot_file = a.output.size() > 4 && (a.output.ends_with(".dot") || a.output.ends_with(".gv"));
  return dot_file ? RenderFormat::dot : RenderFormat::svg;
}

using Subset = std::optional<std::vector<ClaimGraph::Vertex>>;

/// The entities a query option selects (all when none is given); false when a name is unknown
/// or a path missing, after saying so.
bool select(const ClaimGraph& graph, const RenderArgs& a, Subset& subset) {
  if (a.contested) subset = contested_entities(contested_pairs(aggregate(graph)));
  std::string center = a.neighbors.empty() ? a.focus : a.neighbors;
  if (!center.empty()) {
    auto found = find_named_entity(graph, center, "render");
    if (!found) return false;
    subset = a.neighbors.empty() ? neighbourhood(graph, *found, a.depth)
                                 : ego_network(aggregate(graph), *found, a.depth).entities;
  }
  if (a.path.empty()) return true;
  auto from = find_named_entity(graph, a.path[0], "render");
  auto to = find_named_entity(graph, a.path[1], "render");
  if (!from || !to) return false;
  PathResult found = find_paths(aggregate(graph, {}, Summaries::later), *from, *to, {});
  if (found.paths.empty()) {
    std::cerr << "claimgraph render: no path between " << terminal_safe(graph.entity(*from).name)
              << " and " << terminal_safe(graph.entity(*to).name)
              << " (`claimgraph path` says why)\n";
    return false;
  }
  subset = path_entities(found.paths, *from);
  return true;
}

int run(RenderArgs& a) {
  ClaimGraph graph = build_graph(a.inputs);
  Subset subset;
  if (!select(graph, a, subset)) return kNoAnswer;
  a.render.format = format_of(a);
  a.render.legend = !a.no_legend;
  std::string drawing = render(graph, a.render, subset);  // drawn first: no half-written file
  Output out(a.output);
  out.stream() << drawing;
  out.finish();
  return a.inputs.failures ? kInputsFailed : kOk;
}

}  // namespace

Runner setup_render(CLI::App& sub) {
  auto a = std::make_shared<RenderArgs>();
  add_graph_options(sub, a->inputs);
  sub.add_option("-o,--output", a->output, "Write the drawing here (default: standard output)");
  sub.add_option("--format", a->format, "svg or dot (default: from the output name, else svg)")
      ->check(CLI::IsMember({"svg", "dot"}));
  sub.add_option("--layout", a->render.layout, "Graphviz layout engine: dot, sfdp, neato, ...")
      ->check(
          CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi", "osage", "patchwork"}));
  sub.add_option("--focus", a->focus, "Draw only this entity and its neighbourhood");
  sub.add_option("--path", a->path, "Draw only the shortest path between these two entities")
      ->expected(2)
      ->allow_extra_args(false);
  sub.add_option("--neighbors", a->neighbors,
                 "Draw only this entity's ego network (as `neighbors` lists it)");
  sub.add_flag("--contested", a->contested, "Draw only the pairs `contested` lists");
  sub.add_option("--depth", a->depth, "Neighbourhood radius for --focus and --neighbors")
      ->check(CLI::Range(1, 10));
  sub.add_option("--title", a->render.title, "A title drawn above the graph");
  sub.add_flag("--no-legend", a->no_legend, "Leave out the legend");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
