#include "graph/io/input_file.h"

#include <doctest/doctest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <sstream>

#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// Makes a Unix socket file at `path` (closed again: the file stays).
void make_socket(const fs::path& path) {
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path.c_str());
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  ::close(fd);
}

}  // namespace

TEST_CASE("read_whole: a stream within the bound, or refused past it") {
  struct Case {
    std::string data;
    std::size_t bound;
    std::string bytes, problem;
  };
  const Case cases[] = {
      {"", 8, "", ""},
      {"eight by", 8, "eight by", ""},
      {"nine bytes", 8, "", "is over the limit of 8 bytes"},
      {std::string(200000, 'z'), 100000, "", "is over the limit of 100000 bytes"},
  };
  for (const auto& c : cases) {
    SUBCASE(
        ("bound " + std::to_string(c.bound) + ", data " + std::to_string(c.data.size())).c_str()) {
      std::istringstream in(c.data);
      WholeInput got = read_whole(in, c.bound);
      CHECK(got.bytes == c.bytes);
      CHECK(got.problem == c.problem);
    }
  }
}

TEST_CASE("read_whole: any path is read without hanging, within the bound") {
  auto dir = scratch_dir("input_file_paths");
  write_file(dir / "small.txt", "Small.");
  write_file(dir / "big.txt", std::string(100, 'x'));
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
  make_socket(dir / "socket");
  struct Case {
    std::string path, bytes, problem;
  };
  const Case cases[] = {
      {(dir / "small.txt").string(), "Small.", ""},
      {(dir / "big.txt").string(), "", "is 100 bytes, over the limit of 64"},
      {"/dev/zero", "", "is over the limit of 64 bytes"},
      {"/dev/null", "", ""},
      {(dir / "fifo").string(), "", ""},  // no writer: empty, never a hang
      {(dir / "socket").string(), "", "is a socket, not a file"},
      {dir.string(), "", "is a folder"},
      {(dir / "missing").string(), "", "cannot be read (No such file or directory)"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.path.c_str()) {
      WholeInput got = read_whole(c.path, 64);
      CHECK(got.bytes == c.bytes);
      CHECK(got.problem == c.problem);
    }
  }
}

TEST_CASE("InputFile: streams a file and knows a regular file's size") {
  auto dir = scratch_dir("input_file_stream");
  write_file(dir / "lines.txt", "one\ntwo\n");
  InputFile file((dir / "lines.txt").string());
  CHECK(file.problem().empty());
  CHECK(file.regular_size() == std::optional<std::size_t>(8));
  std::string first, second;
  std::getline(file.stream(), first);
  std::getline(file.stream(), second);
  CHECK(first == "one");
  CHECK(second == "two");
  CHECK_FALSE(InputFile("/dev/zero").regular_size().has_value());
}
