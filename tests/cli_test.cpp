// Integration tests: the real claimgraph binary, run in a scratch folder per test.

#include <doctest/doctest.h>

#include "extractor_id.h"
#include "test_util.h"

using namespace claimgraph::test;

namespace {

const std::string kExample = source_path("data/examples/seed-russia-contacts.txt").string();

}  // namespace

TEST_CASE("cli: extract writes one contract record per article") {
  auto dir = scratch_dir("cli_extract");
  RunResult r = run_claimgraph(dir, {"extract", kExample});
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(line_count(r.out) == 1);
  CHECK(r.out.rfind("{\"id\":\"seed-russia-contacts\",", 0) == 0);
  for (const char* field : {"\"entities\":", "\"attributions\":", "\"relations\":", "\"mentions\":",
                            "\"evidence\":", "\"claimant\":", "\"confidence\":"})
    CHECK(r.out.find(field) != std::string::npos);
  RunResult again = run_claimgraph(dir, {"extract", kExample});
  CHECK(again.out == r.out);  // byte for byte
}

TEST_CASE("cli: standard input, folders and -o") {
  auto dir = scratch_dir("cli_inputs");
  std::string text = read_file(kExample);
  RunResult from_stdin = run_claimgraph(dir, {"extract", "-"}, text);
  CHECK(from_stdin.status == 0);
  CHECK(from_stdin.out.rfind("{\"id\":\"stdin\"", 0) == 0);
  fs::create_directories(dir / "articles" / "nested");
  write_file(dir / "articles" / "b.txt", text);
  write_file(dir / "articles" / "nested" / "a.txt", "Sen. Ted Cruz said he met Vladimir Putin.");
  write_file(dir / "articles" / "ignored.json", "{}");
  RunResult folder = run_claimgraph(dir, {"extract", "articles", "-o", "out.jsonl"});
  CHECK(folder.status == 0);
  std::string out = read_file(dir / "out.jsonl");
  CHECK(line_count(out) == 2);
  CHECK(out.find("{\"id\":\"b\"") <
        out.find("{\"id\":\"a\""));  // sorted by path: articles/b.txt < articles/nested/a.txt
}

TEST_CASE("cli: bad inputs get one line each, the rest of the batch goes on, exit 1") {
  auto dir = scratch_dir("cli_bad_inputs");
  write_file(dir / "good.txt",
             "Hope Hicks said the campaign had no contact with Russian officials.");
  write_file(dir / "latin1.txt", "Caf\xE9 owner said so.");
  write_file(dir / "binary.txt", std::string("\x7f"
                                             "ELF\0\0\0",
                                             7));
  write_file(dir / "empty.txt", "");
  write_file(dir / "blank.txt", " \n\n\t");
  RunResult r = run_claimgraph(dir, {"extract", "latin1.txt", "good.txt", "binary.txt", "empty.txt",
                                     "blank.txt", "missing.txt"});
  CHECK(r.status == 1);
  CHECK(line_count(r.out) == 1);
  CHECK(r.out.find("\"id\":\"good\"") != std::string::npos);
  CHECK(line_count(r.err) == 5);
  CHECK(r.err.find("latin1.txt: is not valid UTF-8 (byte 3)") != std::string::npos);
  CHECK(r.err.find("binary.txt: looks binary") != std::string::npos);
  CHECK(r.err.find("empty.txt: is empty") != std::string::npos);
  CHECK(r.err.find("blank.txt: is empty") != std::string::npos);
  CHECK(r.err.find("missing.txt: no such file or folder") != std::string::npos);
}

TEST_CASE("cli: a huge article is processed, not refused") {
  auto dir = scratch_dir("cli_huge");
  std::string text = read_file(kExample);
  std::string big;
  while (big.size() < (3u << 20)) big += text + "\n\n";  // under the 4 MiB limit
  write_file(dir / "big.txt", big);
  RunResult r = run_claimgraph(dir, {"extract", "big.txt"});
  CHECK(r.status == 0);
  CHECK(line_count(r.out) == 1);
}

TEST_CASE("cli: usage errors exit 2") {
  auto dir = scratch_dir("cli_usage");
  CHECK(run_claimgraph(dir, {}).status == 2);
  CHECK(run_claimgraph(dir, {"frobnicate"}).status == 2);
  CHECK(run_claimgraph(dir, {"extract"}).status == 2);
  CHECK(run_claimgraph(dir, {"render", kExample, "--format", "jpg"}).status == 2);
  CHECK(run_claimgraph(dir, {"render", kExample, "-o", "out.jpg"}).status == 2);
  CHECK(run_claimgraph(dir, {"path", kExample}).status == 2);
  CHECK(run_claimgraph(dir, {"--help"}).status == 0);
}

TEST_CASE("cli: an unknown command names itself and the nearest one") {
  auto dir = scratch_dir("cli_unknown");
  struct Case {
    const char* word;
    const char* said;
  };
  for (const Case& c :
       {Case{"pth", "'pth' is not a command; did you mean 'path'?"},
        Case{"neighbours", "did you mean 'neighbors'?"}, Case{"exprt", "did you mean 'export'?"},
        Case{"frobnicate", "'frobnicate' is not a command (claimgraph --help"}}) {
    SUBCASE(c.word) {
      RunResult r = run_claimgraph(dir, {c.word});
      CHECK(r.status == 2);
      CHECK(r.err.find(c.said) != std::string::npos);
      CHECK(line_count(r.err) == 1);
    }
  }
}

TEST_CASE("cli: an unknown option names itself, its command and the nearest option") {
  auto dir = scratch_dir("cli_unknown_option");
  struct Case {
    std::vector<std::string> args;
    const char* said;
  };
  for (const Case& c : {
           Case{{"extract", "a.txt", "--txt-column", "body"},
                "claimgraph extract: '--txt-column' is not an option; did you mean "
                "'--text-column'?"},
           Case{{"path", "s.db", "A", "B", "--evidence-limt=3"},
                "claimgraph path: '--evidence-limt' is not an option; did you mean "
                "'--evidence-limit'? (claimgraph path --help lists them)"},
           Case{{"path", "-Z", "s.db", "A", "B"},
                "claimgraph path: '-Z' is not an option (claimgraph path --help"},
           Case{{"--verison"},
                "claimgraph: '--verison' is not an option; did you mean '--version'?"},
           Case{{"--frobnicate"}, "claimgraph: '--frobnicate' is not an option (claimgraph --help"},
       }) {
    SUBCASE(c.said) {
      RunResult r = run_claimgraph(dir, c.args);
      CHECK(r.status == 2);
      CHECK(r.err.find(c.said) != std::string::npos);
      CHECK(line_count(r.err) == 1);
    }
  }
}

TEST_CASE("cli: --version names the release, the signatures and every library") {
  auto dir = scratch_dir("cli_version");
  RunResult r = run_claimgraph(dir, {"--version"});
  CHECK(r.status == 0);
  CHECK(r.out.rfind("claimgraph " CLAIMGRAPH_TEST_VERSION "\n", 0) == 0);
  CHECK(r.out.find(std::string("extractor signature: claimgraph ") + CLAIMGRAPH_TEST_VERSION + " " +
                   CLAIMGRAPH_EXTRACTOR_ID) != std::string::npos);
  CHECK(r.out.find(std::string("resolver: ") + CLAIMGRAPH_RESOLVER_ID) != std::string::npos);
  for (const char* library : {"Graphviz 2.", "SQLite 3.", "Boost 1.", "CLI11 2.", "simdjson ",
                              "cpp-httplib 0.", "utf8proc 2.", "xxHash 0.", "nlohmann/json 3."})
    CHECK(r.out.find(library) != std::string::npos);
  CHECK(line_count(r.out) == 4);
}

TEST_CASE("cli: help names each command's positionals; a missing one says what is expected") {
  auto dir = scratch_dir("cli_positionals");
  struct Case {
    std::vector<std::string> command;
    const char* usage;
  };
  for (const Case& c : {Case{{"path"}, "INPUTS... FROM TO"}, Case{{"neighbors"}, "INPUTS... NAME"},
                        Case{{"explain-entity"}, "INPUTS... NAME"}, Case{{"build"}, "INPUTS..."},
                        Case{{"contested"}, "INPUTS..."}, Case{{"serve"}, "STORE"},
                        Case{{"merge"}, "PARTS..."}, Case{{"eval", "graph"}, "GOLD..."}}) {
    std::string words;
    for (const auto& w : c.command) words += (words.empty() ? "" : " ") + w;
    SUBCASE(words.c_str()) {
      std::vector<std::string> help = c.command;
      help.push_back("--help");
      RunResult h = run_claimgraph(dir, help);
      CHECK(h.status == 0);
      CHECK(h.out.find(words + " [OPTIONS] " + c.usage + "\n") != std::string::npos);
      CHECK(h.out.find("=[]") == std::string::npos);  // an empty list shows no default
      RunResult r = run_claimgraph(dir, c.command);
      CHECK(r.status == 2);
      CHECK(r.err.rfind("claimgraph " + words + ": expected " + c.usage + " (", 0) == 0);
      CHECK(line_count(r.err) == 1);
    }
  }
  RunResult path = run_claimgraph(dir, {"path", "--help"});
  CHECK(path.out.find("-k UINT:INT in [1 - 1000]=1 ") != std::string::npos);
  CHECK(path.out.find("--max-hops UINT:INT in [1 - 20]=no limit") != std::string::npos);
}

TEST_CASE("cli: render writes SVG or DOT") {
  auto dir = scratch_dir("cli_render");
  RunResult svg = run_claimgraph(dir, {"render", kExample, "-o", "seed.svg"});
  CHECK(svg.status == 0);
  std::string data = read_file(dir / "seed.svg");
  CHECK(data.find("<svg") != std::string::npos);
  CHECK(data.find("Hope Hicks") != std::string::npos);
  RunResult dot = run_claimgraph(dir, {"render", kExample, "--format", "dot"});
  CHECK(dot.status == 0);
  CHECK(dot.out.rfind("digraph", 0) == 0);
  RunResult focus =
      run_claimgraph(dir, {"render", kExample, "--focus", "Ryabkov", "--format", "dot"});
  CHECK(focus.status == 0);
  CHECK(focus.out.size() < dot.out.size());
  RunResult unknown = run_claimgraph(dir, {"render", kExample, "--focus", "Nobody At All"});
  CHECK(unknown.status == 3);
  SUBCASE("the output's extension chooses the format; an unknown one is a usage error") {
    CHECK(run_claimgraph(dir, {"render", kExample, "-o", "seed.png"}).status == 0);
    CHECK(read_file(dir / "seed.png").starts_with("\x89PNG\r\n"));
    CHECK(run_claimgraph(dir, {"render", kExample, "-o", "seed.pdf"}).status == 0);
    CHECK(read_file(dir / "seed.pdf").starts_with("%PDF-"));
    RunResult jpg = run_claimgraph(dir, {"render", kExample, "-o", "seed.jpg"});
    CHECK(jpg.status == 2);
    CHECK(jpg.err.find("cannot tell the format of seed.jpg") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "seed.jpg"));
  }
  SUBCASE("relation filters and groups") {
    RunResult denials = run_claimgraph(
        dir, {"render", kExample, "--kind", "denial", "--no-legend", "--format", "dot"});
    CHECK(denials.status == 0);
    CHECK(denials.out.find("DENIES") != std::string::npos);
    CHECK(denials.out.find("label=contact") == std::string::npos);
    RunResult boxes =
        run_claimgraph(dir, {"render", kExample, "--cluster", "outlet", "--format", "dot"});
    CHECK(boxes.status == 0);
    CHECK(boxes.out.find("subgraph cluster_1") != std::string::npos);
    CHECK(boxes.out.find("label=\"The Washington Post\"") != std::string::npos);
  }
  SUBCASE("beyond the budget, standard error says what was left out") {
    RunResult small = run_claimgraph(dir, {"render", kExample, "--max-nodes", "3"});
    CHECK(small.status == 0);
    CHECK(small.err.find(" of 14 entities (those with the most articles' relations)") !=
          std::string::npos);
    CHECK(line_count(small.err) == 1);
  }
}

TEST_CASE("cli: path names every hop with its evidence") {
  auto dir = scratch_dir("cli_path");
  RunResult r = run_claimgraph(dir, {"path", kExample, "Hope Hicks", "Vladimir Putin"});
  CHECK(r.status == 0);
  CHECK(r.out.rfind("Hope Hicks -> Vladimir Putin:", 0) == 0);
  CHECK(r.out.find("evidence: seed-russia-contacts [") != std::string::npos);
  CHECK(r.out.find("claimed by:") != std::string::npos);
  RunResult lower = run_claimgraph(dir, {"path", kExample, "hicks", "PUTIN"});
  CHECK(lower.status == 0);
  CHECK(lower.out == r.out);
}

TEST_CASE("cli: path explains unknown names and missing paths") {
  auto dir = scratch_dir("cli_path_errors");
  RunResult unknown = run_claimgraph(dir, {"path", kExample, "Hope Hiks", "Vladimir Putin"});
  CHECK(unknown.status == 3);
  CHECK(unknown.err.find("no entity named 'Hope Hiks'; did you mean: Hope Hicks") !=
        std::string::npos);
  write_file(dir / "two.txt",
             "Hope Hicks said the campaign had no contact with Russian officials.\n\n"
             "Separately, Sen. Ted Cruz met with Marco Rubio.");
  RunResult none = run_claimgraph(dir, {"path", "two.txt", "Hope Hicks", "Ted Cruz"});
  CHECK(none.status == 3);
  CHECK(none.err.find("no path between Hope Hicks and Ted Cruz") != std::string::npos);
}

TEST_CASE("cli: eval polnear scores a split - a malformed annotation is named, the rest scored") {
  auto dir = scratch_dir("cli_eval_polnear");
  fs::create_directories(dir / "split" / "text");
  fs::create_directories(dir / "split" / "attributions");
  // "Ted Cruz said the deal was bad." Source 0-8, cue 9-13, content 14-30.
  write_file(dir / "split" / "text" / "a.txt", "Ted Cruz said the deal was bad.");
  write_file(dir / "split" / "attributions" / "a_x.ann",
             "T1\tSource 0 8\tTed Cruz\nT2\tCue 9 13\tsaid\nT3\tContent 14 30\tthe deal was bad\n"
             "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n");
  write_file(dir / "split" / "text" / "b.txt", "Nothing here.");
  write_file(dir / "split" / "attributions" / "b_x.ann", "T1\tCue 1 x\tbroken\n");
  RunResult r = run_claimgraph(dir, {"eval", "polnear", "split"});
  CHECK(r.status == 1);
  CHECK(r.err.find("b.txt: line 1: bad offset 'x'") != std::string::npos);
  CHECK(r.out.find("articles 1") != std::string::npos);
  CHECK(r.out.find("source       100.0 100.0 100.0   100.0 100.0 100.0") != std::string::npos);
  CHECK(r.out.find("linked       100.0 100.0 100.0") != std::string::npos);
  CHECK(run_claimgraph(dir, {"eval", "polnear", "nowhere"}).status == 4);
}

TEST_CASE("cli: eval graph scores gold files - malformed gold is named") {
  auto dir = scratch_dir("cli_eval_graph");
  write_file(dir / "a.txt", "FBI Director James Comey met with Loretta Lynch.");
  write_file(dir / "a.gold.json",
             R"({"entities": [{"name": "James Comey", "kind": "person"},
                              {"name": "FBI", "kind": "government"},
                              {"name": "Loretta Lynch", "kind": "person"}],
                 "relations": [{"kind": "affiliation", "source": "James Comey", "target": "FBI"},
                               {"kind": "contact", "source": "Loretta Lynch", "target": "James Comey"}]})");
  write_file(dir / "b.txt", "Text.");
  write_file(dir / "b.gold.json", "{\"entities\": [");
  RunResult r = run_claimgraph(dir, {"eval", "graph", "."});
  CHECK(r.status == 1);
  CHECK(r.err.find("b.gold.json") != std::string::npos);
  CHECK(r.out.find("relation                P 1.000  R 1.000  F1 1.000") != std::string::npos);
}

TEST_CASE("cli: explain-entity shows merges and the alias rule behind them") {
  auto dir = scratch_dir("cli_explain");
  write_file(dir / "a.txt", "Donald Trump met Vladimir Putin in Helsinki.");
  write_file(dir / "b.txt", "On Tuesday, Trump said he talked with Putin.");
  RunResult r = run_claimgraph(dir, {"explain-entity", "a.txt", "b.txt", "Putin"});
  CHECK(r.status == 0);
  CHECK(r.out.find("person:vladimir-putin") == 0);
  CHECK(r.out.find("person:putin  (surname of Vladimir Putin") != std::string::npos);
  write_file(dir / "aliases.txt", "# one person\nDonald Trump = Vladimir Putin\n");
  r = run_claimgraph(dir,
                     {"explain-entity", "a.txt", "b.txt", "Putin", "--aliases", "aliases.txt"});
  CHECK(r.status == 0);
  CHECK(r.out.find("aliases.txt:2: Donald Trump = Vladimir Putin") != std::string::npos);
  write_file(dir / "bad.txt", "Donald Trump\n");
  r = run_claimgraph(dir, {"explain-entity", "a.txt", "Putin", "--aliases", "bad.txt"});
  CHECK(r.status == 4);
  CHECK(r.err.find("bad.txt:1:") != std::string::npos);
  CHECK(line_count(r.err) == 1);
  r = run_claimgraph(dir, {"explain-entity", "a.txt", "Nobody Atall"});
  CHECK(r.status == 3);
}
