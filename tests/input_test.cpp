#include "graph/io/input.h"

#include <doctest/doctest.h>

#include <sstream>

#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

TEST_CASE("check_text: what makes an article unusable") {
  InputLimits small{16};
  CHECK(check_text("fine text") == "");
  CHECK(check_text("") == "is empty");
  CHECK(check_text(" \r\n\t") == "is empty");
  CHECK(check_text(std::string("a\0b", 3)) == "looks binary (it holds NUL bytes)");
  CHECK(check_text("ok \xFF") == "is not valid UTF-8 (byte 3)");
  CHECK(check_text("seventeen bytes!!", small) == "is 17 bytes, over the limit of 16");
}

TEST_CASE("read_inputs: files, folders, stdin - errors named, the rest delivered") {
  auto dir = scratch_dir("input_read");
  fs::create_directories(dir / "f" / "sub");
  fs::create_directories(dir / "f" / ".hidden");
  write_file(dir / "f" / "b.txt", "Bee.");
  write_file(dir / "f" / "sub" / "a.txt", "Ay.");
  write_file(dir / "f" / ".hidden" / "c.txt", "Hidden.");
  write_file(dir / "f" / "notes.md", "Not an article.");
  write_file(dir / "big.txt", std::string(40, 'x'));
  fs::create_directories(dir / "empty-folder");
  std::vector<std::string> ids, errors;
  ArticleSink sink{[&](Article&& a) { ids.push_back(a.id); },
                   [&](const InputError& e) { errors.push_back(e.input + ": " + e.message); }};
  std::istringstream stdin_data("From standard input.");
  read_inputs({(dir / "f").string(), "-", (dir / "nope.txt").string(), (dir / "big.txt").string(),
               (dir / "empty-folder").string()},
              stdin_data, sink, InputLimits{32});
  CHECK(ids == std::vector<std::string>{"b", "a", "stdin"});
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].ends_with("nope.txt: no such file or folder"));
  CHECK(errors[1].ends_with("big.txt: is 40 bytes, over the limit of 32"));
  CHECK(errors[2].ends_with("empty-folder: holds no .txt, .jsonl, .ndjson or .csv files"));
}
