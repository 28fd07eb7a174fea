#include "graph/io/folder_walk.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

TEST_CASE("walk_folder: loops, broken links and FIFOs are reported and skipped, the rest kept") {
  auto dir = scratch_dir("folder_walk");
  fs::create_directories(dir / "sub");
  write_file(dir / "a.txt", "A.");
  write_file(dir / "sub" / "z.txt", "Z.");
  write_file(dir / "notes.md", "Not wanted.");
  fs::create_symlink("c.txt", dir / "b.txt");  // b.txt -> c.txt -> b.txt
  fs::create_symlink("b.txt", dir / "c.txt");
  fs::create_symlink("nowhere.txt", dir / "dangling.txt");
  fs::create_symlink("a.txt", dir / "link.txt");
  fs::create_directory_symlink(".", dir / "sub" / "self");  // never followed, so never endless
  REQUIRE(::mkfifo((dir / "pipe.txt").c_str(), 0600) == 0);
  std::vector<std::string> errors;
  auto files = walk_folder(
      dir, [](const fs::path& p) { return p.extension() == ".txt"; },
      [&](const InputError& e) { errors.push_back(e.input + ": " + e.message); });
  std::vector<fs::path> expected{dir / "a.txt", dir / "link.txt", dir / "sub" / "z.txt"};
  CHECK(files == expected);
  std::sort(errors.begin(), errors.end());
  std::vector<std::string> expected_errors{
      (dir / "b.txt").string() + ": symlink loop, skipped",
      (dir / "c.txt").string() + ": symlink loop, skipped",
      (dir / "dangling.txt").string() + ": broken symlink, skipped",
      (dir / "pipe.txt").string() + ": is a FIFO, not a regular file; skipped",
  };
  CHECK(errors == expected_errors);
}
