// Integration tests of `claimgraph entities`: the real binary on a store built from the bundled
// newsroom articles, and on a store holding hostile names.

#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimgraph::test;

namespace {

const std::string kNewsroom = source_path("data/examples/newsroom.jsonl").string();

/// The lines of `s`, without their newlines.
std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

/// The number in the relations column of a text row.
int relations_of(const std::string& row) { return std::stoi(row.substr(12)); }

}  // namespace

TEST_CASE("cli: entities lists the store's entities by degree, filtered, as text or JSON") {
  auto dir = scratch_dir("cli_entities");
  REQUIRE(run_claimgraph(dir, {"build", kNewsroom, "-o", "news.db"}).status == 0);
  RunResult all = run_claimgraph(dir, {"entities", "news.db"});
  CHECK(all.status == 0);
  CHECK(all.err.empty());
  auto rows = lines_of(all.out);
  REQUIRE(rows.size() > 10);
  CHECK(rows[0].rfind("kind          relations  articles  name", 0) == 0);
  CHECK(rows[1].rfind("person               26        16  Marcus Hale", 0) == 0);
  CHECK(rows[1].find("Hale, Marcus, Mr. Hale") != std::string::npos);
  for (std::size_t i = 2; i < rows.size(); ++i)
    CHECK(relations_of(rows[i - 1]) >= relations_of(rows[i]));
  CHECK(run_claimgraph(dir, {"entities", "news.db"}).out == all.out);  // byte for byte

  RunResult outlets = run_claimgraph(dir, {"entities", "news.db", "--kind", "outlet"});
  auto outlet_rows = lines_of(outlets.out);
  REQUIRE(outlet_rows.size() == 5);
  for (std::size_t i = 1; i < outlet_rows.size(); ++i)
    CHECK(outlet_rows[i].rfind("outlet ", 0) == 0);

  RunResult busy = run_claimgraph(dir, {"entities", "news.db", "--min-degree", "13", "--json"});
  auto records = lines_of(busy.out);
  REQUIRE(records.size() == 6);  // the six entities of 13 relations or more
  CHECK(records[0].rfind(R"({"id":"person:marcus-hale","name":"Marcus Hale","kind":"person",)",
                         0) == 0);
  CHECK(records[0].find(R"("articles":16,)") != std::string::npos);
  CHECK(records[0].find(R"("relations":26})") != std::string::npos);

  RunResult bad = run_claimgraph(dir, {"entities", "news.db", "--kind", "alien"});
  CHECK(bad.status == 2);
  CHECK(bad.err.find("person,campaign,government,outlet,organization,group") != std::string::npos);
}

TEST_CASE("cli: entities escapes control characters in names and aliases") {
  auto dir = scratch_dir("cli_entities_hostile");
  write_file(dir / "evil.jsonl",
             R"({"id":"x","hash":"0123456789abcdef","bytes":4,"entities":[)"
             R"({"id":"person:evil","name":"Evil\u001b[2J\nName","kind":"person",)"
             R"("aliases":["A\u0007"],"mentions":[]},)"
             R"({"id":"person:b","name":"B","kind":"person","aliases":[],"mentions":[]}],)"
             R"("attributions":[],"relations":[]})"
             "\n");
  REQUIRE(run_claimgraph(dir, {"merge", "evil.jsonl", "-o", "evil.db"}).status == 0);
  RunResult r = run_claimgraph(dir, {"entities", "evil.db"});
  CHECK(r.status == 0);
  CHECK(line_count(r.out) == 3);
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find("Evil\\x1b[2J\\nName  A\\x07\n") != std::string::npos);
}

TEST_CASE("cli: an alias file splits two Bushes that share a key, and explain-entity says so") {
  auto dir = scratch_dir("cli_entities_split");
  write_file(dir / "a.txt",
             "Former President George W. Bush met Tony Blair in London. Bush said the talks "
             "went well.\n");
  write_file(dir / "b.txt",
             "Former President George H.W. Bush called Mikhail Gorbachev on Monday, a spokesman "
             "said.\n");
  write_file(dir / "c.txt", "George W. Bush met Helmut Kohl in Bonn.\n");
  REQUIRE(run_claimgraph(dir, {"build", "a.txt", "b.txt", "c.txt", "-o", "bush.db"}).status == 0);
  auto bushes = [](const std::string& out) {
    std::vector<std::string> found;
    for (const auto& line : lines_of(out))
      if (line.find("Bush") != std::string::npos) found.push_back(line);
    return found;
  };
  RunResult merged = run_claimgraph(dir, {"entities", "bush.db", "--json"});
  CHECK(bushes(merged.out).size() == 1);  // one key: first and last name

  write_file(dir / "aliases.txt", "# father and son\nGeorge W. Bush != George H.W. Bush\n");
  RunResult split = run_claimgraph(dir, {"entities", "bush.db", "--aliases", "aliases.txt"});
  CHECK(split.status == 0);
  auto rows = bushes(split.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].find("        2  George W. Bush ") != std::string::npos);
  CHECK(rows[1].find("        1  George H.W. Bush") != std::string::npos);

  RunResult why = run_claimgraph(
      dir, {"explain-entity", "bush.db", "George H.W. Bush", "--aliases", "aliases.txt"});
  CHECK(why.status == 0);
  CHECK(why.out.rfind("person:george-h-w-bush\n", 0) == 0);
  CHECK(why.out.find("kept apart from it:\n  person:george-w-bush  (aliases.txt:2: George W. "
                     "Bush != George H.W. Bush)") != std::string::npos);
  CHECK(why.out.find("alias rules naming it:\n  aliases.txt:2: George W. Bush != George H.W. "
                     "Bush\n") != std::string::npos);

  write_file(dir / "conflict.txt",
             "George W. Bush = George H.W. Bush\nGeorge W. Bush != George H.W. Bush\n");
  RunResult bad = run_claimgraph(dir, {"entities", "bush.db", "--aliases", "conflict.txt"});
  CHECK(bad.status == 4);
  CHECK(bad.err.find("conflict.txt:2: 'George W. Bush != George H.W. Bush' contradicts "
                     "conflict.txt:1: 'George W. Bush = George H.W. Bush'") != std::string::npos);
}
