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

namespace {

Entity named(const std::string& name) {
  Entity e;
  e.id = "person:" + name;
  e.name = name;
  e.mentions = {{0, 1}};
  return e;
}

/// An article in which each pair of `pairs` (indices into `names`) is in contact.
ArticleExtraction contacts(const std::string& id, const std::vector<std::string>& names,
                           const std::vector<std::pair<EntityIndex, EntityIndex>>& pairs) {
  ArticleExtraction x;
  x.article_id = id;
  for (const auto& n : names) x.entities.push_back(named(n));
  for (auto [a, b] : pairs) {
    Relation r;
    r.source = a;
    r.target = b;
    r.evidence = {0, 5};
    r.evidence_text = id + " says they met";
    x.relations.push_back(r);
  }
  return x;
}

/// The DOT of `g` as `options` draw it, parsed; the caller closes it.
Agraph_t* drawn(const ClaimGraph& g, RenderOptions options) {
  options.format = RenderFormat::dot;
  options.legend = false;
  return agmemread(render(g, options).c_str());
}

}  // namespace

TEST_CASE("render: one edge per pair and kind, as wide as its articles are many") {
  ClaimGraph g;
  g.add_article(contacts("a1", {"Ann", "Bob"}, {{0, 1}}));
  g.add_article(contacts("a2", {"Ann", "Bob"}, {{0, 1}}));
  g.add_article(contacts("a3", {"Ann", "Bob"}, {{1, 0}}));
  Agraph_t* parsed = drawn(g, {});
  REQUIRE(parsed != nullptr);
  CHECK(agnedges(parsed) == 1);
  Agedge_t* e = agfstout(parsed, agfstnode(parsed));
  if (!e) e = agfstin(parsed, agfstnode(parsed));
  REQUIRE(e != nullptr);
  CHECK(std::string(agget(e, const_cast<char*>("label"))) == "contact \u00d73");
  CHECK(std::stod(agget(e, const_cast<char*>("penwidth"))) > 1.6 * 2);
  CHECK(std::string(agget(e, const_cast<char*>("tooltip"))).find("3 articles") == 9);
  agclose(parsed);
}

TEST_CASE("render: a picture budget keeps the entities of most articles and says so") {
  ClaimGraph g;
  g.add_article(contacts("a1", {"Hub", "Ann", "Bob", "Cid", "Dee"}, {{0, 1}, {0, 2}, {0, 3}}));
  g.add_article(contacts("a2", {"Hub", "Ann"}, {{0, 1}}));
  g.add_article(contacts("a3", {"Loner"}, {}));
  SUBCASE("entities no edge touches are left out, unless asked for") {
    Agraph_t* parsed = drawn(g, {});
    CHECK(agnnodes(parsed) == 4);  // Dee and Loner have no relation
    agclose(parsed);
    RenderOptions all;
    all.all_entities = true;
    parsed = drawn(g, all);
    CHECK(agnnodes(parsed) == 6);
    agclose(parsed);
  }
  SUBCASE("beyond the budget, the heaviest; the title and the summary say what is left out") {
    RenderOptions options;
    options.max_nodes = 2;
    options.format = RenderFormat::dot;
    RenderSummary summary;
    std::string dot = render(g, options, std::nullopt, &summary);
    CHECK(summary.entities == 2);
    CHECK(summary.candidates == 4);
    CHECK(summary.edges == 1);
    CHECK(summary.relations == 2);
    CHECK(dot.find("Hub") != std::string::npos);
    CHECK(dot.find("Ann") != std::string::npos);
    CHECK(dot.find("Cid") == std::string::npos);
    CHECK(dot.find("showing the 2 of 4 entities") != std::string::npos);
  }
  SUBCASE("edges of too few articles are left out") {
    RenderOptions options;
    options.min_weight = 2;
    Agraph_t* parsed = drawn(g, options);
    CHECK(agnnodes(parsed) == 2);
    CHECK(agnedges(parsed) == 1);
    agclose(parsed);
  }
}

TEST_CASE("render: an edge links to its article's web address, never to a script") {
  ClaimGraph g;
  g.add_article(contacts("a1", {"Ann", "Bob"}, {{0, 1}}));
  g.add_article(contacts("a2", {"Cid", "Dee"}, {{0, 1}}));
  RenderOptions options;
  options.article_url = [](const std::string& id) {
    return id == "a1" ? "https://news.example/a1?x=1&y=2" : "javascript:alert(1)";
  };
  std::string svg = render(g, options);
  CHECK(well_formed_xml(svg));
  CHECK(svg.find("xlink:href=\"https://news.example/a1?x=1&amp;y=2\"") != std::string::npos);
  CHECK(svg.find("javascript") == std::string::npos);
}

TEST_CASE("render: PNG and PDF through cairo") {
  ClaimGraph g;
  g.add_article(contacts("a1", {"Ann", "Bob"}, {{0, 1}}));
  RenderOptions options;
  options.format = RenderFormat::png;
  CHECK(render(g, options).starts_with("\x89PNG\r\n"));
  options.format = RenderFormat::pdf;
  std::string pdf = render(g, options);
  CHECK(pdf.starts_with("%PDF-"));
  CHECK(pdf.find("/CreationDate (D:19700101000000") != std::string::npos);
  CHECK(parse_render_format("gv") == RenderFormat::dot);
  CHECK_FALSE(parse_render_format("jpg"));
}
