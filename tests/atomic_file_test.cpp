// Outputs written whole or not at all (graph/io/atomic_file.h): a temporary file in the same
// folder, renamed over the target only on success; and the commands' -o built on it.

#include "graph/io/atomic_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// The names in `dir`, hidden ones included: a temporary file left behind shows here.
std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

/// The permission bits of `path`.
unsigned mode_of(const fs::path& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("atomic file: the contents appear at commit, from a hidden file beside the target") {
  auto dir = scratch_dir("atomic_commit");
  AtomicFile file((dir / "out.svg").string());
  file.stream() << "<svg/>\n";
  CHECK(fs::path(file.temporary()).parent_path() == dir);
  CHECK(fs::path(file.temporary()).filename().string().starts_with(".out.svg."));
  CHECK_FALSE(fs::exists(dir / "out.svg"));
  file.commit();
  CHECK(read_file(dir / "out.svg") == "<svg/>\n");
  CHECK(names_in(dir) == std::vector<std::string>{"out.svg"});
}

TEST_CASE("atomic file: abandoned before commit, the previous file stays and nothing is left") {
  auto dir = scratch_dir("atomic_abandon");
  write_file(dir / "out.svg", "the previous drawing");
  {
    AtomicFile file((dir / "out.svg").string());
    file.stream() << "half a draw";
  }  // an exception unwinding, say
  CHECK(read_file(dir / "out.svg") == "the previous drawing");
  CHECK(names_in(dir) == std::vector<std::string>{"out.svg"});
}

TEST_CASE("atomic file: a replaced file keeps its permissions, a new one follows the umask") {
  auto dir = scratch_dir("atomic_mode");
  write_file(dir / "old.txt", "old");
  fs::permissions(dir / "old.txt", fs::perms(0640));
  AtomicFile old((dir / "old.txt").string());
  old.commit();
  CHECK(mode_of(dir / "old.txt") == 0640);
  mode_t mask = ::umask(022);
  AtomicFile fresh((dir / "new.txt").string());
  fresh.commit();
  ::umask(mask);
  CHECK(mode_of(dir / "new.txt") == 0644);
}

TEST_CASE("atomic file: through a symlink the file it names is replaced, the link stays") {
  auto dir = scratch_dir("atomic_symlink");
  fs::create_directories(dir / "real");
  write_file(dir / "real" / "out.txt", "old");
  fs::create_symlink("real/out.txt", dir / "link.txt");
  AtomicFile file((dir / "link.txt").string());
  file.stream() << "new";
  file.commit();
  CHECK(fs::is_symlink(dir / "link.txt"));
  CHECK(read_file(dir / "real" / "out.txt") == "new");
}

TEST_CASE("atomic file: a device is written in place, and its failure names it") {
  AtomicFile null("/dev/null");
  CHECK(null.temporary().empty());
  null.stream() << "nothing";
  null.commit();
  CHECK(fs::is_character_file("/dev/null"));
  AtomicFile full("/dev/full");
  full.stream() << std::string(1 << 16, 'x');
  CHECK_THROWS_WITH(full.commit(), "writing /dev/full failed: No space left on device");
}

TEST_CASE("atomic file: what a killed writer left is removed by the next writer of the file") {
  auto dir = scratch_dir("atomic_litter");
  std::string prefix;
  {
    AtomicFile probe((dir / "out.svg").string());
    prefix = fs::path(probe.temporary()).filename().string();
    prefix = prefix.substr(0, prefix.rfind('-') + 1);  // ".out.svg.claimgraph-HOST-"
  }
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);  // a process id that no longer runs
  write_file(dir / (prefix + std::to_string(child) + ".Ab12Cd"), "half a file");
  write_file(dir / (prefix + std::to_string(::getpid()) + ".Ef34Gh"), "a live writer's");
  write_file(dir / ".other.svg.claimgraph-elsewhere-1.Ij56Kl", "another target's");
  AtomicFile file((dir / "out.svg").string());
  file.stream() << "<svg/>\n";
  file.commit();
  CHECK(names_in(dir) == std::vector<std::string>{".other.svg.claimgraph-elsewhere-1.Ij56Kl",
                                                  prefix + std::to_string(::getpid()) + ".Ef34Gh",
                                                  "out.svg"});
}

TEST_CASE("atomic file: a folder that does not exist is one error naming the file") {
  auto dir = scratch_dir("atomic_no_folder");
  std::string path = (dir / "missing" / "out.svg").string();
  CHECK_THROWS_WITH(AtomicFile{path},
                    ("cannot write " + path + ": No such file or directory").c_str());
}

TEST_CASE(
    "atomic file: -o of render, extract and articles keeps the good file when a write fails") {
  auto dir = scratch_dir("atomic_cli");
  write_file(dir / "a.txt", read_file(source_path("data/examples/seed-russia-contacts.txt")));
  // A first layout on a fresh machine writes fontconfig's cache, which the file-size limit
  // below would break with a line of fontconfig's own: written beforehand, without the limit.
  REQUIRE(run_shell(dir, "$CG render a.txt --format svg -o warm.svg").status == 0);
  fs::remove(dir / "warm.svg");
  for (std::string command :
       {"render a.txt --format svg -o out", "extract a.txt -o out", "articles a.txt -o out"}) {
    CAPTURE(command);
    write_file(dir / "out", "the previous good file");
    // Files of at most 1 KiB, and EFBIG instead of SIGXFSZ: the write fails part-way.
    RunResult r = run_shell(dir, "trap '' XFSZ; ulimit -f 1; $CG " + command);
    CHECK(r.status == 4);
    CHECK(r.err.find("writing out failed: File too large\n") != std::string::npos);
    CHECK(line_count(r.err) == 1);
    CHECK(read_file(dir / "out") == "the previous good file");
    CHECK(names_in(dir) ==
          std::vector<std::string>{"a.txt", "command.sh", "out", "stderr.txt", "stdout.txt"});
  }
}
