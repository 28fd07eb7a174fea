// Fuzzes the export writers: a small graph whose ids, names, aliases, evidence, cues and article
// metadata are the fuzzer's bytes (valid UTF-8, as readers ensure) is exported in every format.
// GraphML and GEXF must be well-formed XML, the JSON must parse with every node and link, the
// CSV files must read back with one row per item and a field per column, and the Cypher script
// must split into exactly its statements, every quote closed.

#include <map>
#include <sstream>

#include "fuzz_extraction.h"
#include "graph/io/csv.h"
#include "graph/io/export.h"
#include "tests/export_capture.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;
using claimgraph::test::Exported;
using claimgraph::test::run_export;

namespace {

/// Aborts unless a CSV part reads back as a header and `rows` records of its width.
void require_csv(const std::string& text, std::size_t rows) {
  require_utf8(text);
  std::istringstream in(text);
  CsvReader reader(in);
  std::size_t n = 0, width = 0;
  for (CsvRecord r; reader.next(r); ++n) {
    require(r.error.empty(), "a CSV record does not read back", text);
    if (n == 0) width = r.fields.size();
    require(r.fields.size() == width, "a CSV record has another width", text);
  }
  require(n == rows + 1, "a CSV file does not hold every item", text);
}

/// The number of statements and shell commands in a Cypher script; aborts unless each is one
/// line ended by its ';' (so no quote is left open and no ';' ends one early).
std::size_t cypher_statement_count(const std::string& script) {
  require_utf8(script);
  std::vector<std::string> statements = claimgraph::test::cypher_statements(script);
  for (const std::string& s : statements)
    require(s.starts_with(":") || (s.ends_with(";") && s.find('\n') == std::string::npos),
            "a statement is not one line ended by its ';'", s);
  return statements.size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  ExtractionMaker maker(in, true);
  ClaimGraph graph;
  ArticleIndex articles;
  for (int i = 0; i < 2; ++i) {
    ArticleExtraction x = maker.make();
    graph.add_article(x);
    articles.add(x);
  }
  ExportOptions options;
  options.all_entities = in.byte() & 1;
  if (in.byte() & 1) options.filter.kinds = {static_cast<RelationKind>(in.below(4))};
  options.format = ExportFormat::graphml;
  require_xml(run_export(graph, articles, options).parts.at(""));
  options.format = ExportFormat::gexf;
  require_xml(run_export(graph, articles, options).parts.at(""));
  options.format = ExportFormat::json;
  Exported json = run_export(graph, articles, options);
  auto doc = require_json(json.parts.at(""));
  require(doc["nodes"].size() == json.counts.entities && doc["links"].size() == json.counts.edges,
          "the JSON does not hold every node and link", json.parts.at(""));
  options.format = ExportFormat::csv;
  Exported csv = run_export(graph, articles, options);
  require_csv(csv.parts.at("nodes"), csv.counts.entities);
  require_csv(csv.parts.at("edges"), csv.counts.edges);
  require_csv(csv.parts.at("claims"), csv.counts.relations);
  options.format = ExportFormat::cypher;
  Exported cypher = run_export(graph, articles, options);
  std::size_t items = cypher.counts.entities + cypher.counts.edges + cypher.counts.relations;
  std::size_t transactions = (items + 999) / 1000;
  require(cypher_statement_count(cypher.parts.at("")) == 1 + items + 2 * transactions,
          "the Cypher script does not split into its statements", cypher.parts.at(""));
  return 0;
}
