// `claimgraph export` on the real binary: the format from --format or the output's name, CSV
// as a folder or a prefix, usage errors, a focus, files replaced whole, repeatable bytes.
// (tests/export/readback_test.py reads every format back with networkx and parsers.)

#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimgraph::test;

namespace {

const std::string kNewsroom = source_path("data/examples/newsroom.jsonl").string();

/// "export NEWSROOM" and `more`.
std::vector<std::string> export_args(const std::vector<std::string>& more) {
  std::vector<std::string> args = {"export", kNewsroom};
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

}  // namespace

TEST_CASE("export cli: the format from --format or from the output's name") {
  auto dir = scratch_dir("export_cli_formats");
  struct Case {
    std::vector<std::string> args;
    std::string file;
    std::string starts;
  };
  const Case cases[] = {
      {{"-o", "g.graphml"}, "g.graphml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "},
      {{"-o", "g.gexf"}, "g.gexf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf "},
      {{"-o", "g.json"}, "g.json", "{\"directed\": true, \"multigraph\": true, "},
      {{"-o", "g.cypher"}, "g.cypher", "// claimgraph export (entities: 25, edges: 40, "},
      {{"-o", "g.cql"}, "g.cql", "// claimgraph export (entities: 25, edges: 40, "},
      {{"-o", "g.txt", "--format", "json"}, "g.txt", "{\"directed\": true, "},
      {{"-o", "g.csv"}, "g-nodes.csv", "id:ID,:LABEL,name,kind,aliases:string[],"},
      {{"-o", "out/"}, "out/edges.csv", ":START_ID,:END_ID,:TYPE,id,kind,weight:int,"},
      {{"-o", "prefix", "--format", "csv"}, "prefix-claims.csv", ":START_ID,:END_ID,:TYPE,edge,"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.file.c_str()) {
      RunResult r = run_claimgraph(dir, export_args(c.args));
      CHECK(r.status == 0);
      CHECK(r.out == "");
      CHECK(has(r.err, "claimgraph export: 25 entities, 40 edges (102 relations) to "));
      CHECK(read_file(dir / c.file).rfind(c.starts, 0) == 0);
    }
  }
}

TEST_CASE("export cli: standard output, -q, and the same bytes every run") {
  auto dir = scratch_dir("export_cli_stdout");
  RunResult first = run_claimgraph(dir, {"export", kNewsroom, "--format", "graphml", "-q"});
  CHECK(first.status == 0);
  CHECK(first.err == "");
  CHECK(has(first.out, "<node id=\"person:elena-varga\">"));
  RunResult again = run_claimgraph(dir, {"export", kNewsroom, "--format", "graphml", "-q"});
  CHECK(again.out == first.out);
  REQUIRE(run_claimgraph(dir, {"build", kNewsroom, "-o", "news.db", "-q"}).status == 0);
  RunResult store = run_claimgraph(dir, {"export", "news.db", "--format", "graphml"});
  // A store reads its articles in id order, so the nodes come in another order.
  CHECK(has(store.err,
            "claimgraph export: 25 entities, 40 edges (102 relations) to standard "
            "output\n"));
  CHECK(run_claimgraph(dir, {"export", "news.db", "--format", "graphml"}).out == store.out);
}

TEST_CASE("export cli: usage errors say what to give") {
  auto dir = scratch_dir("export_cli_usage");
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const Case cases[] = {
      {{}, "claimgraph export: give --format graphml|gexf|json|csv|cypher, or -o a file\n"},
      {{"-o", "g.png"},
       "claimgraph export: cannot tell the format of 'g.png': give --format, or end it in "
       ".graphml, .gexf, .json, .csv, .cypher or .cql\n"},
      {{"--format", "csv"},
       "claimgraph export: CSV is three files (nodes, edges, claims): give -o a folder or a file "
       "prefix\n"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.message.c_str()) {
      RunResult r = run_claimgraph(dir, export_args(c.args));
      CHECK(r.status == 2);
      CHECK(r.err == c.message);
      CHECK(r.out == "");
    }
  }
  CHECK(run_claimgraph(dir, {"export", kNewsroom, "--format", "svg"}).status == 2);
  CHECK(run_claimgraph(dir, {"export", kNewsroom, "--kind", "gossip", "-o", "g.json"}).status == 2);
}

TEST_CASE("export cli: --focus, filters and --all-entities") {
  auto dir = scratch_dir("export_cli_focus");
  RunResult focus = run_claimgraph(
      dir, {"export", kNewsroom, "--focus", "varga", "--depth", "1", "-o", "f.json"});
  CHECK(focus.status == 0);
  CHECK(has(read_file(dir / "f.json"), "{\"id\":\"person:elena-varga\","));
  RunResult unknown =
      run_claimgraph(dir, {"export", kNewsroom, "--focus", "Nobody Atall", "-o", "u.json"});
  CHECK(unknown.status == 3);
  CHECK(has(unknown.err, "claimgraph export: no entity named 'Nobody Atall'"));
  CHECK_FALSE(std::filesystem::exists(dir / "u.json"));
  RunResult all = run_claimgraph(dir, {"export", kNewsroom, "--all-entities", "-o", "a.json"});
  CHECK(has(all.err, "26 entities, 40 edges (102 relations)"));
  RunResult kind = run_claimgraph(dir, {"export", kNewsroom, "--kind", "denial", "--outlet",
                                        "Bayfront Herald", "-o", "k.json"});
  CHECK(kind.status == 0);
  CHECK(has(kind.err, "(4 relations)"));
}

TEST_CASE("export cli: a failed export keeps the previous file whole") {
  auto dir = scratch_dir("export_cli_atomic");
  write_file(dir / "g.graphml", "previous");
  // The folder cannot take the temporary file: nothing changes, exit 4 with one line.
  RunResult r = run_shell(dir,
                          "mkdir -p ro && echo previous > ro/g.graphml && chmod a-w ro && "
                          "as=; [ \"$(id -u)\" = 0 ] && as='setpriv --reuid=65534 --regid=65534 "
                          "--clear-groups'; chmod a+rx . ; $as $CG export " +
                              shell_quote(kNewsroom) + " -o ro/g.graphml -q; echo status $?");
  CHECK(has(r.out, "status 4"));
  CHECK(has(r.err, "ro/g.graphml"));
  CHECK(read_file(dir / "ro" / "g.graphml") == "previous\n");
}
