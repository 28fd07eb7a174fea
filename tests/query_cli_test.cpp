// The query commands on the real binary and the bundled newsroom example: path (-k, --all,
// filters, why no path), neighbors, contested, rank, --json, names, and render of a query.

#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimgraph::test;

namespace {

const std::string kNewsroom = source_path("data/examples/newsroom.jsonl").string();

}  // namespace

TEST_CASE("query cli: options never swallow the names after them") {
  auto dir = scratch_dir("query_cli_positionals");
  RunResult r = run_claimgraph(
      dir, {"path", kNewsroom, "--outlet", "Bayfront Herald", "Elena Varga", "Marcus Hale"});
  CHECK(r.status == 0);
  CHECK(r.out.rfind("Elena Varga -> Marcus Hale: 1 hop\n", 0) == 0);
  CHECK(has(r.out, "(Bayfront Herald, 2024-"));
  CHECK_FALSE(has(r.out, "(The Calder Sentinel"));  // the outlet filter holds
  RunResult kinds = run_claimgraph(dir, {"path", kNewsroom, "--kind", "denial", "--stance",
                                         "asserted", "Elena Varga", "Marcus Hale"});
  CHECK(kinds.status == 0);
  CHECK(has(kinds.out, "denial: Elena Varga -> Marcus Hale  2 articles, 2 outlets"));
  CHECK_FALSE(has(kinds.out, "contact:"));
}

TEST_CASE("query cli: path -k, --all with a cap, --weighted, and each hop's evidence") {
  auto dir = scratch_dir("query_cli_paths");
  RunResult k = run_claimgraph(dir, {"path", kNewsroom, "Varga", "Moss", "-k", "3"});
  CHECK(k.status == 0);
  CHECK(k.out.rfind("Elena Varga -> Irene Moss: 3 paths\n", 0) == 0);
  CHECK(has(k.out, "Path 1: 3 hops, cost 3\n"));
  CHECK(has(k.out, "Path 3: 4 hops, cost 4\n"));
  CHECK(has(k.out, "   contact: Elena Varga -- Marcus Hale  8 articles, 4 outlets"));
  CHECK(has(k.out, "evidence: dinner-report (The Calder Sentinel, 2024-03-04) ["));
  RunResult all = run_claimgraph(
      dir, {"path", kNewsroom, "Varga", "Moss", "--max-hops", "4", "--all", "--cap", "2"});
  CHECK(all.status == 0);
  CHECK(has(all.out, ": 2 paths\n"));
  CHECK(has(all.err, "stopped at 2 paths (--cap)"));
  CHECK(run_claimgraph(dir, {"path", kNewsroom, "Varga", "Moss", "--all"}).status == 2);
  RunResult json = run_claimgraph(dir, {"path", kNewsroom, "Varga", "Moss", "-k", "2", "--json"});
  CHECK(json.status == 0);
  CHECK(json.out.rfind("{\n  \"from\": {\n    \"id\": \"person:elena-varga\"", 0) == 0);
  CHECK(has(json.out, "\"quote\": \"PORT CALDER"));
  CHECK(has(json.out, "\"capped\": false\n}\n"));
  CHECK(run_claimgraph(dir, {"path", kNewsroom, "Varga", "Moss", "-k", "2", "--json"}).out ==
        json.out);
  RunResult weighted = run_claimgraph(dir, {"path", kNewsroom, "Varga", "Moss", "--weighted"});
  CHECK(weighted.status == 0);
  CHECK(has(weighted.out, "Elena Varga -> Irene Moss: "));
}

TEST_CASE("query cli: the first relations of each edge are listed, the rest counted") {
  auto dir = scratch_dir("query_cli_evidence_limit");
  const std::string kMore = "     ... 7 more relations (--evidence-limit 0 lists them all)\n";
  auto quotes = [](const std::string& out) { return count_of(out, "       evidence: "); };
  RunResult two = run_claimgraph(
      dir, {"path", kNewsroom, "Elena Varga", "Marcus Hale", "--evidence-limit", "2"});
  CHECK(two.status == 0);
  CHECK(has(two.out, "contact: Elena Varga -- Marcus Hale  8 articles, 4 outlets"));
  CHECK(has(two.out, kMore));
  CHECK(quotes(two.out) == 4);  // two of the contact's nine, both of the denial's two
  RunResult all = run_claimgraph(
      dir, {"path", kNewsroom, "Elena Varga", "Marcus Hale", "--evidence-limit", "0"});
  CHECK(quotes(all.out) == 11);
  CHECK_FALSE(has(all.out, "more relation"));
  RunResult by_default = run_claimgraph(dir, {"path", kNewsroom, "Elena Varga", "Marcus Hale"});
  CHECK(quotes(by_default.out) == 7);
  CHECK(has(by_default.out, "     ... 4 more relations"));
  RunResult json = run_claimgraph(
      dir, {"path", kNewsroom, "Elena Varga", "Marcus Hale", "--evidence-limit", "1", "--json"});
  CHECK(has(json.out, "\"relations\": 9,"));
  CHECK(count_of(json.out, "\"quote\": ") == 2);
  RunResult contested =
      run_claimgraph(dir, {"contested", kNewsroom, "--evidence-limit", "1", "--json"});
  CHECK(has(contested.out, "\"report_count\": "));
  CHECK(has(contested.out, "\"denial_articles\": "));
  for (const char* bad : {"-1", "many", "99999999999999999999999"})
    CHECK(run_claimgraph(dir,
                         {"path", kNewsroom, "Elena Varga", "Marcus Hale", "--evidence-limit", bad})
              .status == 2);
}

TEST_CASE("query cli: why there is no path") {
  auto dir = scratch_dir("query_cli_no_path");
  RunResult cut = run_claimgraph(
      dir, {"path", kNewsroom, "--outlet", "Bayfront Herald", "Elena Varga", "Irene Moss"});
  CHECK(cut.status == 3);
  CHECK(has(cut.err,
            "no path between Elena Varga and Irene Moss: the connection is cut by "
            "--outlet\nwithout the filters: 3 hops\n"));
  CHECK(has(cut.err, "evidence: "));
  RunResult apart =
      run_claimgraph(dir, {"path", kNewsroom, "Elena Varga", "Port Calder City Council"});
  CHECK(apart.status == 3);
  CHECK(has(apart.err,
            "they are in different components of the graph (Elena Varga's has 23 "
            "entities, Port Calder City Council's 1 entity)"));
  RunResult json = run_claimgraph(dir, {"path", kNewsroom, "--outlet", "Bayfront Herald",
                                        "Elena Varga", "Irene Moss", "--json"});
  CHECK(json.status == 3);
  CHECK(has(json.out, "\"cutting\": [\n      \"--outlet\"\n    ]"));
}

TEST_CASE("query cli: names in any case and accent, near names, ambiguous names") {
  auto dir = scratch_dir("query_cli_names");
  RunResult plain = run_claimgraph(dir, {"path", kNewsroom, "Elena Varga", "Irene Moss"});
  RunResult folded = run_claimgraph(dir, {"path", kNewsroom, "ÉLENA VARGA", "moss"});
  CHECK(folded.status == 0);
  CHECK(folded.out == plain.out);
  RunResult typo = run_claimgraph(dir, {"neighbors", kNewsroom, "Castelan"});
  CHECK(typo.status == 3);
  CHECK(has(typo.err,
            "no entity named 'Castelan'; did you mean: Owen Castellan (person, 14 "
            "relations)"));
}

TEST_CASE("query cli: neighbors by kind, strongest first, as text and JSON") {
  auto dir = scratch_dir("query_cli_neighbors");
  RunResult r = run_claimgraph(dir, {"neighbors", kNewsroom, "Elena Varga"});
  CHECK(r.status == 0);
  CHECK(r.out.rfind("Elena Varga: 4 entities within 1 hop, 5 edges\n\ncontact (1 edge)\n", 0) == 0);
  CHECK(has(r.out, "denial (2 edges)\n  denial: Elena Varga -> Marcus Hale  2 articles"));
  RunResult deep = run_claimgraph(dir, {"neighbors", kNewsroom, "Elena Varga", "--depth", "2",
                                        "--kind", "contact", "--evidence"});
  CHECK(deep.status == 0);
  CHECK_FALSE(has(deep.out, "denial ("));
  CHECK(has(deep.out, "evidence: "));
  RunResult json = run_claimgraph(dir, {"neighbors", kNewsroom, "Elena Varga", "--json"});
  CHECK(json.status == 0);
  CHECK(json.out.rfind("{\n  \"center\": {\n    \"id\": \"person:elena-varga\"", 0) == 0);
  CHECK(has(json.out, "\"kind\": \"denial\""));
  CHECK(run_claimgraph(dir, {"neighbors", kNewsroom, "Elena Varga", "--json"}).out == json.out);
}

TEST_CASE("query cli: contested pairs with both sides, and thin claims") {
  auto dir = scratch_dir("query_cli_contested");
  RunResult r = run_claimgraph(dir, {"contested", kNewsroom, "--thin"});
  CHECK(r.status == 0);
  CHECK(r.out.rfind(
            "2 contested pairs\n\n1. Marcus Hale -- Elena Varga\n   reported (8 articles) by:",
            0) == 0);
  CHECK(has(r.out, "   denied (2 articles) by: Elena Varga\n"));
  CHECK(has(r.out, "claims resting on one named source or only anonymous ones\n"));
  CHECK(has(r.out, "[only Dana Whitfield]"));
  RunResult first = run_claimgraph(dir, {"contested", kNewsroom, "--thin", "--limit", "1"});
  CHECK(first.out.rfind("2 contested pairs; the first 1 (--limit)\n\n1. Marcus Hale", 0) == 0);
  CHECK_FALSE(has(first.out, "\n2. "));
  CHECK(has(first.out, "anonymous ones; the first 1 (--limit)\n"));
  RunResult json = run_claimgraph(dir, {"contested", kNewsroom, "--json"});
  CHECK(json.status == 0);
  CHECK(has(json.out, "\"deniers\": [\n        {\n          \"id\": \"person:elena-varga\""));
  CHECK_FALSE(has(json.out, "\"thin\""));
  CHECK(run_claimgraph(dir, {"contested", kNewsroom, "--json"}).out == json.out);
}

TEST_CASE("query cli: rank by each measure, as text and JSON") {
  auto dir = scratch_dir("query_cli_rank");
  struct Row {
    const char* by;
    const char* first;
  };
  const Row rows[] = {
      {"degree", "person        Marcus Hale\n"},
      {"weighted", "person        Marcus Hale\n"},
      {"betweenness", "person        Tomas Reyes\n"},
      {"speakers", "outlet        Calder Sentinel\n"},
      {"outlets", "outlet        The Calder Sentinel  quotes: Calder Sentinel (5)"}};
  for (const Row& row : rows) {
    CAPTURE(std::string(row.by));
    RunResult r = run_claimgraph(dir, {"rank", kNewsroom, "--by", row.by, "--limit", "3"});
    CHECK(r.status == 0);
    CHECK(line_count(r.out) == 4);
    auto second = r.out.find('\n') + 1;
    std::string first_row = r.out.substr(second, r.out.find('\n', second) - second + 1);
    CHECK(first_row.rfind("   1", 0) == 0);
    CHECK(has(first_row, row.first));
  }
  RunResult json = run_claimgraph(dir, {"rank", kNewsroom, "--by", "betweenness", "--json"});
  CHECK(json.status == 0);
  CHECK(has(json.out, "\"by\": \"betweenness\""));
  CHECK(run_claimgraph(dir, {"rank", kNewsroom, "--by", "betweenness", "--json"}).out == json.out);
  CHECK(run_claimgraph(dir, {"rank", kNewsroom, "--by", "pagerank"}).status == 2);
}

TEST_CASE("query cli: render draws a path, a neighbourhood or the contested pairs") {
  auto dir = scratch_dir("query_cli_render");
  RunResult path = run_claimgraph(
      dir, {"render", kNewsroom, "--path", "Elena Varga", "Irene Moss", "--format", "dot"});
  CHECK(path.status == 0);
  for (const char* name : {"Elena Varga", "Marcus Hale", "Port Calder Gazette", "Irene Moss"})
    CHECK(has(path.out, std::string("label=\"") + name + "\""));
  CHECK_FALSE(has(path.out, "Dana Whitfield"));
  RunResult ego = run_claimgraph(
      dir, {"render", kNewsroom, "--neighbors", "Elena Varga", "--depth", "1", "--format", "dot"});
  CHECK(ego.status == 0);
  CHECK(has(ego.out, "label=\"Brightwater Harbor Company\""));
  CHECK_FALSE(has(ego.out, "Irene Moss"));
  RunResult contested =
      run_claimgraph(dir, {"render", kNewsroom, "--contested", "--format", "dot"});
  CHECK(contested.status == 0);
  CHECK(has(contested.out, "label=\"Gideon Pratt\""));
  CHECK(has(contested.out, "label=\"Dana Whitfield\""));
  CHECK_FALSE(has(contested.out, "Irene Moss"));
  CHECK(
      run_claimgraph(dir, {"render", kNewsroom, "--path", "Elena Varga", "Nobody Atall"}).status ==
      3);
}
