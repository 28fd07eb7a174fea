#pragma once
// Helpers shared by the tests: scratch folders (kept after a run for inspection, wiped when the
// same test starts again), file I/O, and running the real claimgraph binary.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace claimgraph::test {

namespace fs = std::filesystem;

/// A fresh folder for one test under the build tree; left in place so a failure can be inspected.
inline fs::path scratch_dir(const std::string& name) {
  fs::path dir = fs::current_path() / "test-scratch" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

inline void write_file(const fs::path& p, const std::string& data) {
  std::ofstream out(p, std::ios::binary);
  out << data;
}

inline std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

/// The source tree's copy of a file (data/examples, data/lexicons).
inline fs::path source_path(const std::string& rel) {
  return fs::path(CLAIMGRAPH_SOURCE_DIR) / rel;
}

/// Writes `n` distinct articles (the bundled example with a numbered sentence) as
/// dir/articles/a00000.txt and on.
inline void write_example_articles(const fs::path& dir, int n) {
  std::string text = read_file(source_path("data/examples/seed-russia-contacts.txt"));
  fs::create_directories(dir / "articles");
  for (int i = 0; i < n; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "a%05d.txt", i);
    write_file(dir / "articles" / name, text + "\n\nSen. Ted Cruz said he met Vladimir Putin " +
                                            std::to_string(i) + " times.\n");
  }
}

/// The shared evaluation data beside the project, or empty when it is absent.
inline fs::path shared_path(const std::string& rel) {
  fs::path p = fs::path(CLAIMGRAPH_SOURCE_DIR) / ".." / "shared" / rel;
  return fs::exists(p) ? p : fs::path();
}

/// What a run of the binary produced.
struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

/// Runs shell command `cmd`, which writes stdout.txt and stderr.txt in `dir`, and reads them.
inline RunResult run_collecting(const fs::path& dir, const std::string& cmd) {
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(dir / "stdout.txt");
  r.err = read_file(dir / "stderr.txt");
  return r;
}

/// Runs claimgraph with `args` in `dir`, feeding `input` on standard input.
inline RunResult run_claimgraph(const fs::path& dir, const std::vector<std::string>& args,
                                const std::string& input = "") {
  write_file(dir / "stdin.txt", input);
  std::string cmd = "cd " + shell_quote(dir.string()) + " && " + shell_quote(CLAIMGRAPH_BINARY);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  return run_collecting(dir, cmd + " < stdin.txt > stdout.txt 2> stderr.txt");
}

/// Runs a bash command line in `dir` with $CG naming the claimgraph binary, for what a plain
/// run cannot say: devices, pipes, process substitution, /dev/full.
inline RunResult run_shell(const fs::path& dir, const std::string& line) {
  write_file(dir / "command.sh", "CG=" + shell_quote(CLAIMGRAPH_BINARY) + "\n" + line + "\n");
  return run_collecting(dir, "cd " + shell_quote(dir.string()) +
                                 " && bash command.sh > stdout.txt 2> stderr.txt < /dev/null");
}

/// True when `text` holds `part`.
inline bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// How many times `part` occurs in `text`, without overlaps.
inline std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size()))
    ++n;
  return n;
}

/// Number of lines in a string.
inline std::size_t line_count(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace claimgraph::test
