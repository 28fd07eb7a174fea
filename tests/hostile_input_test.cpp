// Hostile and endless inputs through the real binary: each bad input is one line and skipped,
// the batch goes on, and nothing aborts or grows without bound.

#include <doctest/doctest.h>

#include "test_util.h"

using namespace claimgraph::test;

namespace {

const std::string kExample = source_path("data/examples/seed-russia-contacts.txt").string();

}  // namespace

TEST_CASE("hostile: a symlink loop in a folder is one line each, the build goes on, exit 1") {
  auto dir = scratch_dir("hostile_loop");
  fs::create_directories(dir / "in");
  fs::copy_file(kExample, dir / "in" / "a.txt");
  fs::create_symlink("c.txt", dir / "in" / "b.txt");
  fs::create_symlink("b.txt", dir / "in" / "c.txt");
  RunResult r = run_claimgraph(dir, {"build", "in", "-o", "graph.db", "-q"});
  CHECK(r.status == 1);
  CHECK(r.err.find("in/b.txt: symlink loop, skipped\n") != std::string::npos);
  CHECK(r.err.find("in/c.txt: symlink loop, skipped\n") != std::string::npos);
  CHECK(r.err.find("1 articles read (1 new or changed, 0 unchanged, 2 failed)") !=
        std::string::npos);
  RunResult direct = run_claimgraph(dir, {"extract", "in/b.txt"});
  CHECK(direct.status == 1);
  CHECK(direct.err == "claimgraph: in/b.txt: symlink loop, skipped\n");
}

TEST_CASE("hostile: endless devices and streams are refused past the article limit") {
  auto dir = scratch_dir("hostile_endless");
  struct Case {
    std::string command, error;
  };
  const Case cases[] = {
      {"$CG extract /dev/zero", "claimgraph: /dev/zero: is over the limit of 4194304 bytes\n"},
      {"$CG extract /dev/urandom",
       "claimgraph: /dev/urandom: is over the limit of 4194304 bytes\n"},
      {"$CG extract - < /dev/zero", "claimgraph: <stdin>: is over the limit of 4194304 bytes\n"},
      {"$CG extract --max-article-bytes 1000 - < " + kExample,
       "claimgraph: <stdin>: is over the limit of 1000 bytes\n"},
      {"$CG merge /dev/zero -o m.db -q",
       "claimgraph merge: /dev/zero: is a device, not a file of records\n"},
      {"ln -sf /dev/zero z.jsonl && $CG extract z.jsonl",
       "claimgraph: z.jsonl: is a device, not a file of records\n"},
      {"$CG stats " + kExample + " --aliases /dev/zero",
       "claimgraph stats: /dev/zero: alias file is over the limit of 67108864 bytes\n"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.command.c_str()) {
      RunResult r = run_shell(dir, c.command);
      CHECK(r.status == (c.command.find("aliases") != std::string::npos ? 4 : 1));
      CHECK(r.err == c.error);
      CHECK(r.out.empty());
    }
  }
}

TEST_CASE("hostile: a FIFO with no writer is empty, never a hang") {
  auto dir = scratch_dir("hostile_fifo");
  RunResult r = run_shell(dir, "mkfifo fifo.txt && $CG extract fifo.txt");
  CHECK(r.status == 0);  // an empty article is a warning
  CHECK(r.err == "claimgraph: fifo.txt: is empty; skipped\n");
}

TEST_CASE("hostile: pipes and process substitution keep every byte") {
  auto dir = scratch_dir("hostile_pipes");
  // Over 8 KiB, so losing the first buffer (as the store sniffing once did) shows.
  std::string text = read_file(kExample);
  std::string big;
  while (big.size() < 20000) big += text + "\n\n";
  write_file(dir / "a.txt", big);
  RunResult file = run_claimgraph(dir, {"extract", "a.txt"});
  REQUIRE(file.status == 0);
  std::string bytes = "\"bytes\":" + std::to_string(big.size()) + ",";
  CHECK(file.out.find(bytes) != std::string::npos);
  for (const std::string command :
       {"$CG extract <(cat a.txt)", "cat a.txt | $CG extract /dev/stdin",
        "cat a.txt | $CG extract -"}) {
    SUBCASE(command.c_str()) {
      RunResult r = run_shell(dir, command);
      CHECK(r.status == 0);
      CHECK(r.err.empty());
      CHECK(r.out.find(bytes) != std::string::npos);
      // The same text gives the same hash and findings, whatever the id.
      CHECK(r.out.substr(r.out.find("\"hash\"")) == file.out.substr(file.out.find("\"hash\"")));
    }
  }
}

TEST_CASE("hostile: a number beyond double range is one bad line and the others go on") {
  auto dir = scratch_dir("hostile_1e999");
  fs::create_directories(dir / "in");
  write_file(dir / "in" / "feed.jsonl",
             "{\"id\":\"a\",\"text\":\"Hope Hicks met Vladimir Putin.\"}\n"
             "{\"id\":\"x\",\"text\":\"Hope Hicks said so.\",\"score\":1e999}\n"
             "{\"id\":\"y\",\"text\":\"Sen. Ted Cruz met Vladimir Putin.\"}\n");
  RunResult extract = run_claimgraph(dir, {"extract", "in/feed.jsonl"});
  CHECK(extract.status == 1);
  CHECK(extract.err == "claimgraph: in/feed.jsonl:2: has a number out of range\n");
  CHECK(line_count(extract.out) == 2);
  RunResult build = run_claimgraph(dir, {"build", "in", "-o", "graph.db", "-q"});
  CHECK(build.status == 1);
  CHECK(build.err.find("in/feed.jsonl:2: has a number out of range\n") != std::string::npos);
  CHECK(build.err.find("the store holds 2 articles") != std::string::npos);
}

TEST_CASE("hostile: character references and noncharacters still give well-formed SVG and DOT") {
  auto dir = scratch_dir("hostile_svg");
  write_file(dir / "h.jsonl",
             R"({"id":"h&#1;x\u0007","title":"&#xFFFF;","outlet":"O&#xD800;\u0085","date":"2016",)"
             R"("text":"Hope Hicks &#1; met Vladimir Putin &#xFFFF; in &#xD800; Moscow. Sen. Ted )"
             R"(Cruz said he met Vladimir Putin &#x1F; twice \u0001 \uffff \ufffe \ufdd0 \u0085 )"
             R"(&amp; &lt; &#38;#1; &#0; &#x110000;."})"
             "\n");
  RunResult svg = run_claimgraph(dir, {"render", "h.jsonl", "-o", "h.svg"});
  REQUIRE(svg.status == 0);
  CHECK(read_file(dir / "h.svg").find("Vladimir Putin") != std::string::npos);
  RunResult dot = run_claimgraph(dir, {"render", "h.jsonl", "-o", "h.dot"});
  REQUIRE(dot.status == 0);
  // Python's expat parser is strict about references and characters XML forbids.
  RunResult parsed = run_shell(dir,
                               "python3 -c 'import sys, xml.etree.ElementTree as E; "
                               "E.parse(sys.argv[1]); print(\"ok\")' h.svg");
  CHECK(parsed.err == "");
  CHECK(parsed.out == "ok\n");
  // The DOT, drawn again as SVG by Graphviz itself, is well-formed too.
  RunResult again = run_shell(dir,
                              "command -v dot >/dev/null || { echo ok; exit; }; dot -Tsvg h.dot "
                              "> again.svg && python3 -c 'import sys, xml.etree.ElementTree as E; "
                              "E.parse(sys.argv[1]); print(\"ok\")' again.svg");
  CHECK(again.err == "");
  CHECK(again.out == "ok\n");
}

TEST_CASE("hostile: unreadable files and folders are one line each and skipped") {
  auto dir = scratch_dir("hostile_unreadable");
  fs::create_directories(dir / "in" / "locked");
  fs::copy_file(kExample, dir / "in" / "a.txt");
  fs::copy_file(kExample, dir / "in" / "secret.txt");
  fs::copy_file(kExample, dir / "in" / "locked" / "x.txt");
  fs::permissions(dir / "in" / "secret.txt", fs::perms::none);
  fs::permissions(dir / "in" / "locked", fs::perms::none);
  fs::permissions(dir, fs::perms::all);
  // Root reads anything: the run drops to nobody where it can.
  RunResult r = run_shell(dir,
                          "as=; [ \"$(id -u)\" = 0 ] && as='setpriv --reuid=65534 --regid=65534 "
                          "--clear-groups'; $as \"$CG\" build in -o out.db -q");
  fs::permissions(dir / "in" / "locked", fs::perms::owner_all);
  if (r.err.find("setpriv") != std::string::npos) return;  // no setpriv: nothing to check
  CHECK(r.status == 1);
  CHECK(r.err.find("claimgraph: in/locked: cannot be listed (Permission denied), skipped\n") !=
        std::string::npos);
  CHECK(r.err.find("claimgraph: in/secret.txt: cannot be read (Permission denied)\n") !=
        std::string::npos);
  CHECK(r.err.find("1 articles read (1 new or changed, 0 unchanged, 2 failed)") !=
        std::string::npos);
}
