// The export writers: each format's exact layout on a small graph, the same counts in every
// format, filters and a focus, repeatable bytes, and hostile names, quotes and URLs that stay
// inert text in GraphML, GEXF, JSON, CSV and Cypher.

#include "graph/io/export.h"

#include <doctest/doctest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "export_capture.h"
#include "graph/io/csv.h"
#include "query_fixture.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

using claimgraph::test::run_export;
using Json = nlohmann::json;
using Tree = boost::property_tree::ptree;

Exported run_export(const ClaimGraph& graph, ExportFormat format) {
  ExportOptions options;
  options.format = format;
  return run_export(graph, ArticleIndex{}, options);
}

/// Alice met Bob, says Bob, in one article with a title and URL.
ArticleExtraction small_article() {
  ArticleExtraction x;
  x.article_id = "a1";
  x.outlet = "Gazette";
  x.date = "2024-01-10";
  x.title = "Alice meets Bob";
  x.url = "https://example.org/a1";
  x.entities = {{"person:alice-ames", "Alice Ames", EntityKind::person, {"Ames"}, {{0, 5}}},
                {"person:bob-brook", "Bob Brook", EntityKind::person, {}, {{10, 13}}}};
  Relation r;
  r.kind = RelationKind::contact;
  r.source = 0;
  r.target = 1;
  r.claimant = 1;
  r.evidence = {0, 14};
  r.evidence_text = "Alice met Bob.";
  r.cue = {6, 9};
  r.cue_text = "met";
  r.confidence = 0.75;
  x.relations = {r};
  return x;
}

/// Names, quotes and URLs that would break out of a careless writer.
const std::string kHostile[] = {
    "\"><script>alert(1)</script>",
    "a -> b; c [label=x]",
    "]]>",
    "'}) DETACH DELETE n //",
    "line\nbreak\r\ttab",
    "comma, \"quote\" 'single'",
    "semi;colon \\ back\\slash \\' \\u0027",
    "AT&T &amp; &#1; <!-- -->",
};

/// Hostile entities in a chain of relations with hostile evidence, cues and article metadata.
ArticleExtraction hostile_article() {
  ArticleExtraction x;
  x.article_id = "art\"<&>'";
  x.outlet = "Out,let \"x\"";
  x.date = "2016-09-19";
  x.title = "]]> \"title\"";
  x.url = "https://example.org/?a=1&b=\"><script>";
  for (std::size_t i = 0; i < std::size(kHostile); ++i)
    x.entities.push_back({"person:h" + std::to_string(i),
                          kHostile[i],
                          kAllEntityKinds[i % std::size(kAllEntityKinds)],
                          {kHostile[(i + 1) % std::size(kHostile)]},
                          {{0, 1}}});
  for (std::size_t i = 0; i + 1 < x.entities.size(); ++i) {
    Relation r;
    r.kind = kAllRelationKinds[i % std::size(kAllRelationKinds)];
    r.source = static_cast<EntityIndex>(i);
    r.target = static_cast<EntityIndex>(i + 1);
    r.claimant = static_cast<EntityIndex>((i + 2) % x.entities.size());
    r.evidence = {0, 10};
    r.evidence_text = "said " + kHostile[i];
    r.cue_text = kHostile[i + 1];
    r.confidence = 0.5;
    x.relations.push_back(r);
  }
  return x;
}

/// The graph of one article and its article index.
struct OneArticle {
  ClaimGraph graph;
  ArticleIndex articles;
  explicit OneArticle(const ArticleExtraction& x) {
    graph.add_article(x);
    articles.add(x);
  }
  /// The whole graph in one format.
  Exported run(ExportFormat format) const {
    ExportOptions options;
    options.format = format;
    return run_export(graph, articles, options);
  }
};

constexpr std::size_t kHostileCount = std::size(kHostile);

Tree parse_xml(const std::string& text) {
  std::istringstream in(text);
  Tree tree;
  boost::property_tree::read_xml(in, tree);
  return tree;
}

/// The children of `tree` named `name`.
std::vector<const Tree*> children(const Tree& tree, const std::string& name) {
  std::vector<const Tree*> out;
  for (const auto& [key, child] : tree)
    if (key == name) out.push_back(&child);
  return out;
}

/// Each record of a CSV text.
std::vector<std::vector<std::string>> csv_rows(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader(in);
  std::vector<std::vector<std::string>> out;
  for (CsvRecord r; reader.next(r);) {
    CHECK(r.error.empty());
    out.push_back(r.fields);
  }
  return out;
}

/// A statement with each string literal replaced by S, so only its structure is left.
std::string cypher_shape(const std::string& statement) {
  static const std::regex literal(R"('(?:[^'\\]|\\.)*')");
  return std::regex_replace(statement, literal, "S");
}

// Each format's bytes for the small graph, read and checked by hand.
const std::string kGraphmlGolden = R"golden(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n_name" for="node" attr.name="name" attr.type="string"/>
  <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="n_articles" for="node" attr.name="articles" attr.type="long"/>
  <key id="n_mentions" for="node" attr.name="mentions" attr.type="long"/>
  <key id="n_relations" for="node" attr.name="relations" attr.type="long"/>
  <key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="long"/>
  <key id="e_articles" for="edge" attr.name="articles" attr.type="long"/>
  <key id="e_outlets" for="edge" attr.name="outlets" attr.type="long"/>
  <key id="e_claimants" for="edge" attr.name="claimants" attr.type="long"/>
  <key id="e_relations" for="edge" attr.name="relations" attr.type="long"/>
  <key id="e_stances" for="edge" attr.name="stances" attr.type="string"/>
  <key id="e_first_date" for="edge" attr.name="first_date" attr.type="string"/>
  <key id="e_last_date" for="edge" attr.name="last_date" attr.type="string"/>
  <key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>
  <graph id="claimgraph" edgedefault="directed">
    <node id="person:alice-ames">
      <data key="n_name">Alice Ames</data>
      <data key="n_kind">person</data>
      <data key="n_aliases">[&quot;Ames&quot;]</data>
      <data key="n_articles">1</data>
      <data key="n_mentions">1</data>
      <data key="n_relations">1</data>
    </node>
    <node id="person:bob-brook">
      <data key="n_name">Bob Brook</data>
      <data key="n_kind">person</data>
      <data key="n_articles">1</data>
      <data key="n_mentions">1</data>
      <data key="n_relations">1</data>
    </node>
    <edge id="e0" source="person:alice-ames" target="person:bob-brook">
      <data key="e_kind">contact</data>
      <data key="e_weight">1</data>
      <data key="e_articles">1</data>
      <data key="e_outlets">1</data>
      <data key="e_claimants">1</data>
      <data key="e_relations">1</data>
      <data key="e_stances">[&quot;asserted&quot;]</data>
      <data key="e_first_date">2024-01-10</data>
      <data key="e_last_date">2024-01-10</data>
      <data key="e_evidence">[{&quot;source&quot;:&quot;person:alice-ames&quot;,&quot;target&quot;:&quot;person:bob-brook&quot;,&quot;edge&quot;:&quot;e0&quot;,&quot;kind&quot;:&quot;contact&quot;,&quot;stance&quot;:&quot;asserted&quot;,&quot;claimant&quot;:&quot;person:bob-brook&quot;,&quot;claimant_name&quot;:&quot;Bob Brook&quot;,&quot;outlet&quot;:&quot;&quot;,&quot;outlet_name&quot;:&quot;&quot;,&quot;publisher&quot;:&quot;Gazette&quot;,&quot;date&quot;:&quot;2024-01-10&quot;,&quot;article&quot;:&quot;a1&quot;,&quot;title&quot;:&quot;Alice meets Bob&quot;,&quot;url&quot;:&quot;https://example.org/a1&quot;,&quot;evidence&quot;:&quot;Alice met Bob.&quot;,&quot;evidence_start&quot;:0,&quot;evidence_end&quot;:14,&quot;cue&quot;:&quot;met&quot;,&quot;cue_start&quot;:6,&quot;cue_end&quot;:9,&quot;confidence&quot;:0.75}]</data>
    </edge>
  </graph>
</graphml>
)golden";

const std::string kGexfGolden = R"golden(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <meta>
    <creator>claimgraph</creator>
    <description>entities; edges are (source, target, kind) weighted by articles, with their relations as JSON evidence</description>
  </meta>
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node" mode="static">
      <attribute id="0" title="name" type="string"/>
      <attribute id="1" title="kind" type="string"/>
      <attribute id="2" title="aliases" type="string"/>
      <attribute id="3" title="articles" type="long"/>
      <attribute id="4" title="mentions" type="long"/>
      <attribute id="5" title="relations" type="long"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="0" title="kind" type="string"/>
      <attribute id="2" title="articles" type="long"/>
      <attribute id="3" title="outlets" type="long"/>
      <attribute id="4" title="claimants" type="long"/>
      <attribute id="5" title="relations" type="long"/>
      <attribute id="6" title="stances" type="string"/>
      <attribute id="7" title="first_date" type="string"/>
      <attribute id="8" title="last_date" type="string"/>
      <attribute id="9" title="evidence" type="string"/>
    </attributes>
    <nodes>
      <node id="person:alice-ames" label="Alice Ames">
        <attvalues>
          <attvalue for="0" value="Alice Ames"/>
          <attvalue for="1" value="person"/>
          <attvalue for="2" value="[&quot;Ames&quot;]"/>
          <attvalue for="3" value="1"/>
          <attvalue for="4" value="1"/>
          <attvalue for="5" value="1"/>
        </attvalues>
      </node>
      <node id="person:bob-brook" label="Bob Brook">
        <attvalues>
          <attvalue for="0" value="Bob Brook"/>
          <attvalue for="1" value="person"/>
          <attvalue for="3" value="1"/>
          <attvalue for="4" value="1"/>
          <attvalue for="5" value="1"/>
        </attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="e0" source="person:alice-ames" target="person:bob-brook" label="contact" weight="1">
        <attvalues>
          <attvalue for="0" value="contact"/>
          <attvalue for="2" value="1"/>
          <attvalue for="3" value="1"/>
          <attvalue for="4" value="1"/>
          <attvalue for="5" value="1"/>
          <attvalue for="6" value="[&quot;asserted&quot;]"/>
          <attvalue for="7" value="2024-01-10"/>
          <attvalue for="8" value="2024-01-10"/>
          <attvalue for="9" value="[{&quot;source&quot;:&quot;person:alice-ames&quot;,&quot;target&quot;:&quot;person:bob-brook&quot;,&quot;edge&quot;:&quot;e0&quot;,&quot;kind&quot;:&quot;contact&quot;,&quot;stance&quot;:&quot;asserted&quot;,&quot;claimant&quot;:&quot;person:bob-brook&quot;,&quot;claimant_name&quot;:&quot;Bob Brook&quot;,&quot;outlet&quot;:&quot;&quot;,&quot;outlet_name&quot;:&quot;&quot;,&quot;publisher&quot;:&quot;Gazette&quot;,&quot;date&quot;:&quot;2024-01-10&quot;,&quot;article&quot;:&quot;a1&quot;,&quot;title&quot;:&quot;Alice meets Bob&quot;,&quot;url&quot;:&quot;https://example.org/a1&quot;,&quot;evidence&quot;:&quot;Alice met Bob.&quot;,&quot;evidence_start&quot;:0,&quot;evidence_end&quot;:14,&quot;cue&quot;:&quot;met&quot;,&quot;cue_start&quot;:6,&quot;cue_end&quot;:9,&quot;confidence&quot;:0.75}]"/>
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
)golden";

const std::string kJsonGolden =
    R"golden({"directed": true, "multigraph": true, "graph": {"generator":"claimgraph","entities":2,"edges":1,"relations":1},
"nodes": [
{"id":"person:alice-ames","name":"Alice Ames","kind":"person","aliases":["Ames"],"articles":1,"mentions":1,"relations":1},
{"id":"person:bob-brook","name":"Bob Brook","kind":"person","aliases":[],"articles":1,"mentions":1,"relations":1}
],
"links": [
{"source":"person:alice-ames","target":"person:bob-brook","key":"contact","id":"e0","kind":"contact","weight":1,"articles":1,"outlets":1,"claimants":1,"relations":1,"stances":["asserted"],"first_date":"2024-01-10","last_date":"2024-01-10","evidence":[{"source":"person:alice-ames","target":"person:bob-brook","edge":"e0","kind":"contact","stance":"asserted","claimant":"person:bob-brook","claimant_name":"Bob Brook","outlet":"","outlet_name":"","publisher":"Gazette","date":"2024-01-10","article":"a1","title":"Alice meets Bob","url":"https://example.org/a1","evidence":"Alice met Bob.","evidence_start":0,"evidence_end":14,"cue":"met","cue_start":6,"cue_end":9,"confidence":0.75}]}
]}
)golden";

const std::string kCsvNodesGolden =
    R"golden(id:ID,:LABEL,name,kind,aliases:string[],articles:int,mentions:int,relations:int
"person:alice-ames","Entity;Person","Alice Ames","person","Ames",1,1,1
"person:bob-brook","Entity;Person","Bob Brook","person",,1,1,1
)golden";

const std::string kCsvEdgesGolden =
    R"golden(:START_ID,:END_ID,:TYPE,id,kind,weight:int,articles:int,outlets:int,claimants:int,relations:int,stances:string[],first_date,last_date
"person:alice-ames","person:bob-brook",CONTACT,"e0","contact",1,1,1,1,1,"asserted","2024-01-10","2024-01-10"
)golden";

const std::string kCsvClaimsGolden =
    R"golden(:START_ID,:END_ID,:TYPE,edge,kind,stance,claimant,claimant_name,outlet,outlet_name,publisher,date,article,title,url,evidence,evidence_start:int,evidence_end:int,cue,cue_start:int,cue_end:int,confidence:double
"person:alice-ames","person:bob-brook",CLAIM,"e0","contact","asserted","person:bob-brook","Bob Brook",,,"Gazette","2024-01-10","a1","Alice meets Bob","https://example.org/a1","Alice met Bob.",0,14,"met",6,9,0.75
)golden";

const std::string kCypherGolden =
    R"golden(// claimgraph export (entities: 2, edges: 1, relations: 1); into an empty database: cypher-shell -f FILE
CREATE CONSTRAINT claimgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
:begin
CREATE (:Entity:Person {id: 'person:alice-ames', name: 'Alice Ames', kind: 'person', aliases: ['Ames'], articles: 1, mentions: 1, relations: 1});
CREATE (:Entity:Person {id: 'person:bob-brook', name: 'Bob Brook', kind: 'person', articles: 1, mentions: 1, relations: 1});
MATCH (a:Entity {id: 'person:alice-ames'}), (b:Entity {id: 'person:bob-brook'}) CREATE (a)-[:CONTACT {id: 'e0', kind: 'contact', weight: 1, articles: 1, outlets: 1, claimants: 1, relations: 1, stances: ['asserted'], first_date: '2024-01-10', last_date: '2024-01-10'}]->(b);
MATCH (a:Entity {id: 'person:alice-ames'}), (b:Entity {id: 'person:bob-brook'}) CREATE (a)-[:CLAIM {edge: 'e0', kind: 'contact', stance: 'asserted', claimant: 'person:bob-brook', claimant_name: 'Bob Brook', publisher: 'Gazette', date: '2024-01-10', article: 'a1', title: 'Alice meets Bob', url: 'https://example.org/a1', evidence: 'Alice met Bob.', evidence_start: 0, evidence_end: 14, cue: 'met', cue_start: 6, cue_end: 9, confidence: 0.75}]->(b);
:commit
)golden";

}  // namespace

TEST_CASE("export: formats by name") {
  CHECK(parse_export_format("graphml") == ExportFormat::graphml);
  CHECK(parse_export_format("cypher") == ExportFormat::cypher);
  CHECK_FALSE(parse_export_format("svg"));
  CHECK(export_format_names() ==
        std::vector<std::string>{"graphml", "gexf", "json", "csv", "cypher"});
  CHECK(to_string(ExportFormat::gexf) == "gexf");
}

TEST_CASE("export: GraphML, exactly") {
  std::string out = OneArticle(small_article()).run(ExportFormat::graphml).parts.at("");
  CHECK(out == kGraphmlGolden);
}

TEST_CASE("export: GEXF, exactly") {
  std::string out = OneArticle(small_article()).run(ExportFormat::gexf).parts.at("");
  CHECK(out == kGexfGolden);
}

TEST_CASE("export: node-link JSON, exactly") {
  std::string out = OneArticle(small_article()).run(ExportFormat::json).parts.at("");
  CHECK(out == kJsonGolden);
}

TEST_CASE("export: CSV for neo4j-admin, exactly") {
  Exported out = OneArticle(small_article()).run(ExportFormat::csv);
  REQUIRE(out.parts.size() == 3);
  CHECK(out.parts.at("nodes") == kCsvNodesGolden);
  CHECK(out.parts.at("edges") == kCsvEdgesGolden);
  CHECK(out.parts.at("claims") == kCsvClaimsGolden);
}

TEST_CASE("export: Cypher, exactly") {
  std::string out = OneArticle(small_article()).run(ExportFormat::cypher).parts.at("");
  CHECK(out == kCypherGolden);
}

TEST_CASE("export: the same counts in every format, filters and a focus") {
  ClaimGraph g = newsroom_fixture();
  struct Case {
    const char* name;
    ExportOptions options;
    ExportCounts counts;
  };
  ExportOptions all, every, contacts, sure, dan1, dan2;
  every.all_entities = true;
  contacts.filter.kinds = {RelationKind::contact};
  sure.filter.min_confidence = 0.5;
  dan1.focus = g.find_id("person:dan-dale");
  dan2.focus = dan1.focus;
  dan2.depth = 2;
  // 8 entities (officials only claim, Zed is alone), 9 relations on 7 (source, target, kind).
  const Case cases[] = {
      {"everything related", all, {6, 7, 9}},  {"--all-entities", every, {8, 7, 9}},
      {"--kind contact", contacts, {6, 5, 7}}, {"--min-confidence", sure, {6, 6, 8}},
      {"--focus, depth 1", dan1, {2, 1, 1}},   {"--focus, depth 2", dan2, {3, 2, 2}},
  };
  for (const auto& c : cases) {
    SUBCASE(c.name) {
      for (ExportFormat format : {ExportFormat::graphml, ExportFormat::gexf, ExportFormat::json,
                                  ExportFormat::csv, ExportFormat::cypher}) {
        CAPTURE(to_string(format));
        ExportOptions options = c.options;
        options.format = format;
        Exported out = run_export(g, ArticleIndex{}, options);
        CHECK(out.counts.entities == c.counts.entities);
        CHECK(out.counts.edges == c.counts.edges);
        CHECK(out.counts.relations == c.counts.relations);
        CHECK(run_export(g, ArticleIndex{}, options).parts == out.parts);  // byte for byte
      }
      Exported csv = run_export(g, ArticleIndex{}, [&] {
        ExportOptions o = c.options;
        o.format = ExportFormat::csv;
        return o;
      }());
      CHECK(csv_rows(csv.parts.at("nodes")).size() == c.counts.entities + 1);
      CHECK(csv_rows(csv.parts.at("edges")).size() == c.counts.edges + 1);
      CHECK(csv_rows(csv.parts.at("claims")).size() == c.counts.relations + 1);
    }
  }
}

TEST_CASE("export: hostile names stay text in GraphML") {
  Exported out = OneArticle(hostile_article()).run(ExportFormat::graphml);
  const std::string& xml = out.parts.at("");
  CHECK(xml.find("<script") == std::string::npos);
  CHECK(xml.find("]]>") == std::string::npos);
  CHECK(xml.find("<!--") == std::string::npos);
  Tree tree = parse_xml(xml);
  const Tree& graph = tree.get_child("graphml.graph");
  auto nodes = children(graph, "node");
  auto edges = children(graph, "edge");
  REQUIRE(nodes.size() == kHostileCount);
  REQUIRE(edges.size() == kHostileCount - 1);
  for (std::size_t i = 0; i < kHostileCount; ++i) {
    SUBCASE(("entity " + std::to_string(i)).c_str()) {
      std::map<std::string, std::string> data;
      for (const Tree* d : children(*nodes[i], "data"))
        data[d->get<std::string>("<xmlattr>.key")] = d->data();
      CHECK(nodes[i]->get<std::string>("<xmlattr>.id") == "person:h" + std::to_string(i));
      CHECK(data["n_name"] == kHostile[i]);
      CHECK(Json::parse(data["n_aliases"]) == Json::array({kHostile[(i + 1) % kHostileCount]}));
      if (i + 1 == kHostileCount) continue;
      std::map<std::string, std::string> edge;
      for (const Tree* d : children(*edges[i], "data"))
        edge[d->get<std::string>("<xmlattr>.key")] = d->data();
      Json evidence = Json::parse(edge["e_evidence"]);
      REQUIRE(evidence.size() == 1);
      CHECK(evidence[0]["evidence"] == "said " + kHostile[i]);
      CHECK(evidence[0]["cue"] == kHostile[i + 1]);
      CHECK(evidence[0]["article"] == "art\"<&>'");
      CHECK(evidence[0]["url"] == "https://example.org/?a=1&b=\"><script>");
      CHECK(evidence[0]["claimant_name"] == kHostile[(i + 2) % kHostileCount]);
    }
  }
}

TEST_CASE("export: hostile names stay text in GEXF") {
  const std::string xml = OneArticle(hostile_article()).run(ExportFormat::gexf).parts.at("");
  CHECK(xml.find("<script") == std::string::npos);
  CHECK(xml.find("]]>") == std::string::npos);
  Tree tree = parse_xml(xml);
  const Tree& graph = tree.get_child("gexf.graph");
  auto nodes = children(graph.get_child("nodes"), "node");
  auto edges = children(graph.get_child("edges"), "edge");
  REQUIRE(nodes.size() == kHostileCount);
  REQUIRE(edges.size() == kHostileCount - 1);
  for (std::size_t i = 0; i < kHostileCount; ++i) {
    SUBCASE(("entity " + std::to_string(i)).c_str()) {
      CHECK(nodes[i]->get<std::string>("<xmlattr>.label") == kHostile[i]);
      std::map<std::string, std::string> values;
      for (const Tree* v : children(nodes[i]->get_child("attvalues"), "attvalue"))
        values[v->get<std::string>("<xmlattr>.for")] = v->get<std::string>("<xmlattr>.value");
      CHECK(values["0"] == kHostile[i]);  // name
      CHECK(Json::parse(values["2"]) == Json::array({kHostile[(i + 1) % kHostileCount]}));
      if (i + 1 == kHostileCount) continue;
      CHECK(edges[i]->get<std::string>("<xmlattr>.weight") == "1");
      std::string evidence;
      for (const Tree* v : children(edges[i]->get_child("attvalues"), "attvalue"))
        if (v->get<std::string>("<xmlattr>.for") == "9")
          evidence = v->get<std::string>("<xmlattr>.value");
      CHECK(Json::parse(evidence)[0]["evidence"] == "said " + kHostile[i]);
    }
  }
}

TEST_CASE("export: hostile names stay text in JSON") {
  Json doc = Json::parse(OneArticle(hostile_article()).run(ExportFormat::json).parts.at(""));
  REQUIRE(doc["nodes"].size() == kHostileCount);
  REQUIRE(doc["links"].size() == kHostileCount - 1);
  CHECK(doc["graph"]["relations"] == kHostileCount - 1);
  for (std::size_t i = 0; i < kHostileCount; ++i) {
    SUBCASE(("entity " + std::to_string(i)).c_str()) {
      CHECK(doc["nodes"][i]["name"] == kHostile[i]);
      CHECK(doc["nodes"][i]["aliases"] == Json::array({kHostile[(i + 1) % kHostileCount]}));
      if (i + 1 == kHostileCount) continue;
      const Json& link = doc["links"][i];
      CHECK(link["key"] == std::string(to_string(kAllRelationKinds[i % 4])));
      CHECK(link["evidence"][0]["evidence"] == "said " + kHostile[i]);
      CHECK(link["evidence"][0]["title"] == "]]> \"title\"");
    }
  }
}

TEST_CASE("export: hostile names stay text in CSV") {
  Exported out = OneArticle(hostile_article()).run(ExportFormat::csv);
  auto nodes = csv_rows(out.parts.at("nodes"));
  auto claims = csv_rows(out.parts.at("claims"));
  REQUIRE(nodes.size() == kHostileCount + 1);
  REQUIRE(claims.size() == kHostileCount);
  for (std::size_t i = 0; i < kHostileCount; ++i) {
    SUBCASE(("entity " + std::to_string(i)).c_str()) {
      const auto& row = nodes[i + 1];
      REQUIRE(row.size() == nodes[0].size());
      CHECK(row[2] == kHostile[i]);
      std::string alias = kHostile[(i + 1) % kHostileCount];
      // neo4j-admin has no escape for the array delimiter: ';' in an element is U+FF1B.
      for (std::size_t at; (at = alias.find(';')) != std::string::npos;)
        alias.replace(at, 1, "\xEF\xBC\x9B");
      CHECK(row[4] == alias);
      if (i + 1 == kHostileCount) continue;
      REQUIRE(claims[i + 1].size() == claims[0].size());
      CHECK(claims[i + 1][3 + 12] == "said " + kHostile[i]);  // evidence
      CHECK(claims[i + 1][3 + 9] == "art\"<&>'");             // article
      CHECK(claims[i + 1][3 + 7] == "Out,let \"x\"");         // publisher
    }
  }
}

TEST_CASE("export: hostile names stay text in Cypher") {
  const std::string script = OneArticle(hostile_article()).run(ExportFormat::cypher).parts.at("");
  std::vector<std::string> statements = cypher_statements(script);
  // The constraint, a transaction with every entity, edge and claim, its commit.
  REQUIRE(statements.size() == 1 + 1 + kHostileCount + 2 * (kHostileCount - 1) + 1);
  CHECK(statements[1] == ":begin");
  CHECK(statements.back() == ":commit");
  static const std::regex node(R"(CREATE \(:Entity:[A-Z][a-z]+ \{id: S, name: S, kind: S, )"
                               R"(aliases: \[S\], articles: 1, mentions: 1, relations: \d\}\);)");
  static const std::regex relationship(
      R"(MATCH \(a:Entity \{id: S\}\), \(b:Entity \{id: S\}\) CREATE \(a\)-\[:[A-Z_]+ )"
      R"(\{(id|edge): S(, [a-z_]+: (S|\[S(, S)*\]|[0-9.]+))*\}\]->\(b\);)");
  for (std::size_t i = 2; i + 1 < statements.size(); ++i) {
    CAPTURE(statements[i]);
    std::string shape = cypher_shape(statements[i]);
    CHECK((std::regex_match(shape, node) || std::regex_match(shape, relationship)));
  }
  struct Case {
    std::size_t entity;
    std::string literal;
  };
  const Case cases[] = {
      {0, R"('"><script>alert(1)</script>')"},
      {1, R"('a -> b; c [label=x]')"},
      {2, R"(']]>')"},
      {3, R"('\'}) DETACH DELETE n //')"},
      {4, R"('line\nbreak\r\ttab')"},
      {5, R"('comma, "quote" \'single\'')"},
      {6, R"('semi;colon \\ back\\slash \\\' \\u0027')"},
      {7, R"('AT&T &amp; &#1; <!-- -->')"},
  };
  for (const auto& c : cases) {
    SUBCASE(kHostile[c.entity].c_str()) {
      CHECK(script.find("name: " + c.literal + ", kind:") != std::string::npos);
    }
  }
}

TEST_CASE("export: control characters and invalid bytes in every format") {
  ArticleExtraction x = small_article();
  x.entities[0].name = std::string("ctrl\x01\x1b\0 \xC2\x85 bad\xFF", 15);
  ClaimGraph g;
  g.add_article(x);
  CHECK(Json::parse(run_export(g, ExportFormat::json).parts.at(""))["nodes"][0]["name"] ==
        "ctrl\x01\x1b" + std::string(1, '\0') + " \xC2\x85 bad\xEF\xBF\xBD");
  std::string graphml = run_export(g, ExportFormat::graphml).parts.at("");
  CHECK(graphml.find("ctrl\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xC2\x85 bad\xEF\xBF\xBD<") !=
        std::string::npos);
  std::string cypher = run_export(g, ExportFormat::cypher).parts.at("");
  CHECK(cypher.find(R"(name: 'ctrl\u0001\u001b\u0000 \u0085 bad\ufffd')") != std::string::npos);
}
