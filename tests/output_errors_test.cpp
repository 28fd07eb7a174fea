// Every output path is checked: a command whose output cannot be written exits 4 with one
// line, and text from the outside world reaches the terminal escaped in diagnostics.

#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimgraph::test;

namespace {

/// The lines of `err` that claimgraph wrote (a sanitizer build may add its own summary).
std::size_t claimgraph_lines(const std::string& err) {
  std::size_t n = 0;
  for (std::size_t at = 0; at < err.size(); at = err.find('\n', at) + 1) {
    n += err.compare(at, 11, "claimgraph ") == 0 || err.compare(at, 11, "claimgraph:") == 0;
    if (err.find('\n', at) == std::string::npos) break;
  }
  return n;
}

}  // namespace

TEST_CASE("output errors: a command writing to a full device exits 4 with one line") {
  auto dir = scratch_dir("output_full");
  write_file(dir / "a.txt", read_file(source_path("data/examples/seed-russia-contacts.txt")));
  write_file(dir / "a.gold.json",
             R"({"entities": [{"name": "Hope Hicks", "kind": "person"}], "relations": []})");
  const std::string commands[] = {
      "stats a.txt",
      "path a.txt Hicks Putin",
      "explain-entity a.txt Putin",
      "entities a.txt",
      "render a.txt",
      "render a.txt --format dot",
      "extract a.txt",
      "articles a.txt",
      "eval graph a.gold.json",
      "neighbors a.txt Putin",
      "contested a.txt",
      "rank a.txt",
      "path a.txt Hicks Putin --json",
      "stats a.txt --tsv",
      "entities a.txt --json",
      "render a.txt -o -",
      "export a.txt --format json",
      "export a.txt --format graphml -o -",
  };
  for (const auto& command : commands) {
    SUBCASE(command.c_str()) {
      RunResult r = run_shell(dir, "$CG " + command + " > /dev/full");
      CHECK(r.status == 4);
      CHECK(claimgraph_lines(r.err) == 1);
      CHECK(r.err.find("writing") != std::string::npos);
      CHECK(r.err.find("failed") != std::string::npos);
    }
  }
}

TEST_CASE("output errors: --help and --version that cannot be written exit 4 with one line") {
  auto dir = scratch_dir("output_full_help");
  std::vector<std::string> lines = {"--help", "--version"};
  for (const char* command :
       {"extract", "build", "merge", "articles", "render", "path", "neighbors", "contested", "rank",
        "stats", "eval", "explain-entity", "entities"})
    lines.push_back(std::string(command) + " --help");
  for (const auto& line : lines) {
    CAPTURE(line);
    RunResult r = run_shell(dir, "$CG " + line + " > /dev/full");
    CHECK(r.status == 4);
    CHECK(claimgraph_lines(r.err) == 1);
    CHECK(r.err.find("writing to standard output failed") != std::string::npos);
    CHECK(run_shell(dir, "$CG " + line + " > /dev/null").status == 0);
  }
}

TEST_CASE("output errors: paths and ids with control characters are escaped in diagnostics") {
  auto dir = scratch_dir("output_escape");
  fs::create_directories(dir / "in");
  write_file(dir / "in" / "evil\x1b]0;owned\x07.txt", "");
  write_file(dir / "in" / "feed.jsonl",
             "{\"id\":\"x\\u001b[2J\",\"text\":\"Hope Hicks met Vladimir Putin.\"}\n"
             "{\"id\":\"x\\u001b[2J\",\"text\":\"Hope Hicks met Vladimir Putin again.\"}\n");
  RunResult r = run_claimgraph(dir, {"build", "in", "-o", "g.db", "-q"});
  CHECK(r.status == 1);
  CHECK(r.err.find('\x1b') == std::string::npos);
  CHECK(r.err.find('\x07') == std::string::npos);
  CHECK(r.err.find("evil\\x1b]0;owned\\x07.txt: is empty; skipped\n") != std::string::npos);
  CHECK(r.err.find("x\\x1b[2J: article id seen twice") != std::string::npos);
}

TEST_CASE("output errors: names from articles are escaped in stats and in near-name hints") {
  auto dir = scratch_dir("output_escape_names");
  write_file(dir / "a.jsonl",
             "{\"id\":\"a\",\"outlet\":\"Evil\\u001b[2J\\tNews\",\"date\":\"2016-0\\u001b1-02\","
             "\"text\":\"Hope Hicks met Vladimir Putin.\"}\n");
  RunResult stats = run_claimgraph(dir, {"stats", "a.jsonl", "--tsv"});
  CHECK(stats.status == 0);
  CHECK(stats.out.find('\x1b') == std::string::npos);
  CHECK(stats.out.find("Evil\\x1b[2J\\tNews\t1\t") != std::string::npos);
  RunResult month = run_claimgraph(dir, {"stats", "a.jsonl", "--by", "month"});
  CHECK(month.out.find('\x1b') == std::string::npos);
  RunResult hint = run_claimgraph(dir, {"path", "a.jsonl", "Hope Hicks", "Nobody\x1b[2J"});
  CHECK(hint.status == 3);
  CHECK(hint.err.find('\x1b') == std::string::npos);
  CHECK(hint.err.find("no entity named 'Nobody\\x1b[2J'") != std::string::npos);
}

TEST_CASE("output errors: path, neighbors and contested print article text escaped") {
  auto dir = scratch_dir("output_escape_path");
  write_file(
      dir / "a.jsonl",
      "{\"id\":\"e\\u001b]0;t\\u0007\",\"outlet\":\"Evil\\u001b[2J\",\"text\":\"Hope Hicks met "
      "Vladimir Putin in Moscow\\u001b[2J\\u0007 last spring, said one aide.\"}\n");
  for (std::vector<std::string> args :
       {std::vector<std::string>{"path", "a.jsonl", "Hope Hicks", "Vladimir Putin"},
        {"neighbors", "a.jsonl", "Hope Hicks", "--evidence"},
        {"contested", "a.jsonl", "--thin", "--evidence"}}) {
    CAPTURE(args[0]);
    RunResult r = run_claimgraph(dir, args);
    CHECK(r.status == 0);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find('\x07') == std::string::npos);
    CHECK(r.out.find("evidence: e\\x1b]0;t\\x07 (Evil\\x1b[2J) [0, ") != std::string::npos);
    CHECK(r.out.find("in Moscow\\x1b[2J\\x07 last spring") != std::string::npos);
  }
}

TEST_CASE("output errors: eval escapes file names in its reports") {
  auto dir = scratch_dir("output_escape_eval");
  fs::create_directories(dir / "gold");
  write_file(dir / "gold" / "x\x1b[2J.gold.json", R"({"entities": [], "relations": []})");
  RunResult r = run_claimgraph(dir, {"eval", "graph", "gold"});
  CHECK(r.err.find('\x1b') == std::string::npos);
  CHECK(r.err.find("no text x\\x1b[2J.txt found") != std::string::npos);
}
