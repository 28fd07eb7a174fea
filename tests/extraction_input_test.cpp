// Reading back extraction records: what `extract` writes comes back exactly, and each kind of
// damage is named.

#include "graph/io/extraction_input.h"

#include <doctest/doctest.h>

#include <sstream>

#include "graph/extract/extractor.h"
#include "graph/io/json_output.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

StoredArticle example_record() {
  Article article;
  article.id = "seed";
  article.title = "Contacts";
  article.outlet = "Example Wire";
  article.date = "2016-11-10";
  article.url = "https://example.org/seed";
  article.text = read_file(source_path("data/examples/seed-russia-contacts.txt"));
  return {extract_article(article, Lexicon::builtin()), "0123456789abcdef", article.text.size()};
}

/// What reading `text` as the stream "part.jsonl" gives: how many records, and each error as
/// "input: message".
struct StreamRead {
  std::size_t records = 0;
  std::vector<std::string> errors;
};

StreamRead read_stream(const std::string& text, std::size_t max_bytes = kDefaultMaxRecordBytes) {
  std::istringstream in(text);
  StreamRead out;
  read_extraction_lines(
      in, "part.jsonl", [&](StoredArticle&&) { ++out.records; },
      [&](const InputError& e) { out.errors.push_back(e.input + ": " + e.message); }, max_bytes);
  return out;
}

}  // namespace

TEST_CASE("extraction records: a record reads back as it was written") {
  StoredArticle written = example_record();
  REQUIRE(written.extraction.relations.size() > 3);
  std::string line = to_json_line(written);
  StoredArticle read = parse_extraction_line(line);
  CHECK(to_json_line(read) == line);
  CHECK(read.hash == "0123456789abcdef");
  CHECK(read.bytes == written.bytes);
  CHECK(read.extraction.title == "Contacts");
  CHECK(read.extraction.url == "https://example.org/seed");
  CHECK(read.extraction.relations.size() == written.extraction.relations.size());
  CHECK(read.extraction.relations[0].confidence == written.extraction.relations[0].confidence);
}

TEST_CASE("extraction records: a confidence too large to round writes back as a number") {
  // Found by the round trip of fuzz_extraction_records: 1e307 * 100 overflowed to infinity,
  // which JSON writes as null, so `merge` took a record whose output it then refused.
  const std::string line =
      R"({"id":"x","entities":[{"id":"p:a","name":"A","kind":"person","aliases":[],)"
      R"("mentions":[]}],"attributions":[],"relations":[{"kind":"contact","source":"p:a",)"
      R"("target":"p:a","claimant":null,"outlet":null,"stance":"asserted","evidence":)"
      R"({"start":0,"end":1,"text":"A"},"cue":{"start":0,"end":1,"text":"A"},)"
      R"("confidence":1e307}]})";
  StoredArticle read = parse_extraction_line(line);
  std::string written = to_json_line(read);
  CHECK(written.find("\"confidence\":1e+307") != std::string::npos);
  CHECK(parse_extraction_line(written).extraction.relations[0].confidence == 1e307);
}

TEST_CASE("extraction records: each kind of damage is named") {
  const std::string entity =
      R"({"id":"person:a","name":"A","kind":"person","aliases":[],"mentions":[]})";
  auto record = [&](const std::string& relation) {
    return R"({"id":"x","entities":[)" + entity + R"(],"attributions":[],"relations":[)" +
           relation + "]}";
  };
  const std::string ok_relation =
      R"({"kind":"contact","source":"person:a","target":"person:a","claimant":null,)"
      R"("outlet":null,"stance":"asserted","evidence":{"start":0,"end":4,"text":"abcd"},)"
      R"("cue":{"start":1,"end":2,"text":"b"},"confidence":0.8})";
  CHECK(parse_extraction_line(record(ok_relation)).extraction.relations.size() == 1);
  struct Row {
    std::string line;
    std::string message;
  };
  const Row rows[] = {
      {"{\"id\":", "is not valid JSON"},
      {"[1,2]", "is not a JSON object"},
      {"{\"id\":\"x\xff\"}", "is not valid UTF-8 (byte 8)"},
      {R"({"entities":[]})", "has no \"id\""},
      {R"({"id":""})", "id: is empty"},
      {R"({"id":"x","attributions":[],"relations":[]})", "has no \"entities\""},
      {R"({"id":"x","entities":[{"id":"e","name":"E","kind":"alien","aliases":[],"mentions":[]}]})",
       "entities[0].kind: is not an entity kind"},
      {record(R"({"kind":"contact"})"), "relations[0]: has no \"source\""},
      {record(R"({"kind":"hugged"})"), "relations[0].kind: is not a relation kind"},
      {record(std::string(ok_relation)
                  .replace(ok_relation.find("\"target\":\"person:a\""), 19,
                           "\"target\":\"person:b\"")),
       "relations[0].target: names no entity of the record (\"person:b\")"},
      {record(std::string(ok_relation).replace(ok_relation.find("\"end\":4"), 7, "\"end\":-4")),
       "relations[0].evidence.end: is not a code-point offset"},
      {record(std::string(ok_relation).replace(ok_relation.find("\"end\":2"), 7, "\"end\":0")),
       "relations[0].cue: ends before it starts"},
      {record(std::string(ok_relation).replace(ok_relation.find("0.8"), 3, "\"high\"")),
       "relations[0].confidence: is not a number"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    std::string message;
    try {
      parse_extraction_line(row.line);
    } catch (const std::runtime_error& e) {
      message = e.what();
    }
    CHECK(message == row.message);
  }
}

TEST_CASE("extraction records: a stream reports bad lines by number and reads on") {
  std::string good = to_json_line(example_record());
  StreamRead read = read_stream(good + "\n\nnot json\n" + good + "\n");
  CHECK(read.records == 2);
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0] == "part.jsonl:3: is not valid JSON");
}

TEST_CASE("extraction records: members in any order read the same") {
  std::string line = to_json_line(example_record());
  // The entity list moved to the end: the attributions' and relations' ids resolve all the same.
  auto entities_at = line.find(",\"entities\":");
  auto attributions_at = line.find(",\"attributions\":");
  std::string entities = line.substr(entities_at, attributions_at - entities_at);
  std::string moved = line.substr(0, entities_at) + line.substr(attributions_at);
  moved.insert(moved.size() - 1, entities);
  REQUIRE(moved != line);
  CHECK(to_json_line(parse_extraction_line(moved)) == line);
}

TEST_CASE("extraction records: a record that would hold far more than its length is refused") {
  std::string aliases;
  for (int i = 0; i < 400000; ++i) aliases += std::string(i ? "," : "") + "\"x\"";
  std::string line = R"({"id":"x","entities":[{"id":"e","name":"E","kind":"person","aliases":[)" +
                     aliases + R"(],"mentions":[]}],"attributions":[],"relations":[]})";
  std::string message;
  try {
    parse_extraction_line(line);
  } catch (const std::runtime_error& e) {
    message = e.what();
  }
  CHECK(message.starts_with("holds more values than a record of its length can"));
  SUBCASE("and an entity list given twice, once ids were read against the first") {
    std::string twice = R"({"id":"x","entities":[],"attributions":[],"entities":[]})";
    CHECK_THROWS_WITH(parse_extraction_line(twice), "entities: is given twice");
  }
}

TEST_CASE("extraction records: a line over the limit is one error and the stream reads on") {
  std::string good = to_json_line(example_record());
  StreamRead read = read_stream(good + "\n" + good + "\n", good.size() - 1);
  CHECK(read.records == 0);
  REQUIRE(read.errors.size() == 2);
  CHECK(read.errors[0] == "part.jsonl:1: is over " + std::to_string(good.size() - 1) + " bytes");
}
