// claimgraph render: the claim graph of articles as SVG or DOT, whole or around one entity.

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/io/terminal_text.h"
#include "graph/query/path.h"
#include "graph/render/render.h"

namespace claimgraph::cli {

namespace {

struct RenderArgs {
  InputOptions inputs;
  std::string output;
  std::string format;
  std::string focus;
  std::size_t depth = 1;
  RenderOptions render;
  bool no_legend = false;
};

RenderFormat format_of(const RenderArgs& a) {
  if (!a.format.empty()) return a.format == "dot" ? RenderFormat::dot : RenderFormat::svg;
  bool dot_file = a.output.size() > 4 && (a.output.ends_with(".dot") || a.output.ends_with(".gv"));
  return dot_file ? RenderFormat::dot : RenderFormat::svg;
}

int run(RenderArgs& a) {
  ClaimGraph graph = build_graph(a.inputs);
  std::optional<std::vector<ClaimGraph::Vertex>> subset;
  if (!a.focus.empty()) {
    EntityLookup found = find_entity(graph, a.focus);
    if (!found.vertex) {
      std::cerr << "claimgraph render: no entity named '" << terminal_safe(a.focus) << "'\n";
      return kNoAnswer;
    }
    subset = neighbourhood(graph, *found.vertex, a.depth);
  }
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
  sub.add_option("--depth", a->depth, "Neighbourhood radius for --focus")->check(CLI::Range(1, 10));
  sub.add_option("--title", a->render.title, "A title drawn above the graph");
  sub.add_flag("--no-legend", a->no_legend, "Leave out the legend");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
