#include "graph/render/render.h"

#include <doctest/doctest.h>
#include <graphviz/cgraph.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <sstream>

using namespace claimgraph;

namespace {

const char* kHostile[] = {
    "<script>alert(\"x\")</script>",
    "AT&T \"quoted\" 'single'",
    "back\\slash \\N \\n \\l",
    "node",
    "graph { strict digraph }",
    "ctrl\x01\x02\x1f char",
    "\xE2\x80\xAE right-to-left \xF0\x9F\x98\x80",
    "line\nbreak",
};

ClaimGraph hostile_graph() {
  ArticleExtraction x;
  x.article_id = "hostile<&>";
  for (std::size_t i = 0; i < std::size(kHostile); ++i) {
    Entity e;
    e.id = "person:h" + std::to_string(i);
    e.name = kHostile[i];
    e.kind = kAllEntityKinds[i % std::size(kAllEntityKinds)];
    e.aliases = {std::string(kHostile[(i + 1) % std::size(kHostile)])};
    e.mentions = {{0, 1}};
    x.entities.push_back(e);
  }
  for (std::size_t i = 0; i + 1 < x.entities.size(); ++i) {
    Relation r;
    r.kind = kAllRelationKinds[i % std::size(kAllRelationKinds)];
    r.source = static_cast<EntityIndex>(i);
    r.target = static_cast<EntityIndex>(i + 1);
    r.evidence = {0, 10};
    r.evidence_text = std::string("evidence ") + kHostile[i] + " ]]> <!-- -->";
    r.cue_text = kHostile[i + 1];
    r.claimant = static_cast<EntityIndex>(i + 1);
    x.relations.push_back(r);
  }
  ClaimGraph g;
  g.add_article(x);
  return g;
}

bool well_formed_xml(const std::string& svg) {
  std::istringstream in(svg);
  boost::property_tree::ptree tree;
  try {
    boost::property_tree::read_xml(in, tree);
  } catch (const std::exception& e) {
    MESSAGE("XML error: " << e.what());
    return false;
  }
  return true;
}

}  // namespace

TEST_CASE("render: hostile names give valid DOT that reads back with the same labels") {
  ClaimGraph g = hostile_graph();
  RenderOptions options;
  options.format = RenderFormat::dot;
  std::string dot = render(g, options);
  Agraph_t* parsed = agmemread(dot.c_str());
  REQUIRE(parsed != nullptr);
  CHECK(agnnodes(parsed) >= static_cast<int>(std::size(kHostile)));
  Agnode_t* n0 = agnode(parsed, const_cast<char*>("n0"), 0);
  REQUIRE(n0 != nullptr);
  CHECK(std::string(agget(n0, const_cast<char*>("label"))) == kHostile[0]);
  Agnode_t* n2 = agnode(parsed, const_cast<char*>("n2"), 0);
  REQUIRE(n2 != nullptr);
  CHECK(std::string(agget(n2, const_cast<char*>("label"))) == "back\\\\slash \\\\N \\\\n \\\\l");
  agclose(parsed);
}

TEST_CASE("render: hostile names give well-formed SVG with nothing executable") {
  ClaimGraph g = hostile_graph();
  std::string svg = render(g, RenderOptions{});
  REQUIRE(svg.find("<svg") != std::string::npos);
  CHECK(well_formed_xml(svg));
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);
  CHECK(svg.find('\x01') == std::string::npos);
}

TEST_CASE("render: legend, styles, tooltips and repeatable bytes") {
  ClaimGraph g = hostile_graph();
  std::string svg = render(g, RenderOptions{});
  CHECK(svg.find("Legend") != std::string::npos);
  CHECK(svg.find("DENIES") != std::string::npos);
  CHECK(svg.find("claimed by:") != std::string::npos);
  CHECK(render(g, RenderOptions{}) == svg);
  RenderOptions bare;
  bare.legend = false;
  CHECK(render(g, bare).find("Legend") == std::string::npos);
}

TEST_CASE("render: a subset draws only those entities") {
  ClaimGraph g = hostile_graph();
  RenderOptions options;
  options.format = RenderFormat::dot;
  options.legend = false;
  std::string dot = render(g, options, std::vector<ClaimGraph::Vertex>{0, 1});
  Agraph_t* parsed = agmemread(dot.c_str());
  REQUIRE(parsed != nullptr);
  CHECK(agnnodes(parsed) == 2);
  CHECK(agnedges(parsed) == 1);
  agclose(parsed);
}
