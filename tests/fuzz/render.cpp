// Fuzzes the DOT and SVG writers: a small graph whose names, aliases, quotes, ids and title are
// the fuzzer's bytes is rendered both ways; the DOT must read back with every entity, the SVG
// must be well-formed XML.

#include <graphviz/cgraph.h>

#include "fuzz_extraction.h"
#include "graph/render/render.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

/// Aborts unless `dot` reads back as a graph with `entities` nodes outside the legend.
void require_dot(const std::string& dot, std::size_t entities) {
  require_utf8(dot);
  Agraph_t* g = agmemread(dot.c_str());
  require(g != nullptr, "DOT does not read back", dot);
  std::size_t drawn = 0;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
    drawn += std::string_view(agnameof(n)).starts_with("n");
  agclose(g);
  require(drawn == entities, "DOT does not hold every entity", dot);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  ExtractionMaker maker(in, false);
  RenderOptions options;
  options.title = maker.text();
  options.legend = in.byte() & 1;
  options.tooltip_chars = in.byte() * 4u;
  options.all_entities = true;  // every entity drawn, with or without a relation
  ClaimGraph graph;
  graph.add_article(maker.make());
  if (in.byte() & 1) graph.add_article(maker.make());
  options.format = RenderFormat::dot;
  require_dot(render(graph, options), graph.entity_count());
  options.format = RenderFormat::svg;
  require_xml(render(graph, options));
  return 0;
}
