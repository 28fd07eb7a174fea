// claimgraph serve as a user runs it: the real binary on a free port, real HTTP over a socket,
// hostile requests among them, a port in use refused, and a clean exit on SIGINT.

#include <arpa/inet.h>
#include <doctest/doctest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "test_util.h"

using namespace claimgraph::test;

namespace {

/// Sends `request` as is to 127.0.0.1:`port` and reads the answer until the server closes.
std::string exchange(int port, const std::string& request) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string answer;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) >= 0) {
    char buf[65536];
    for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;) answer.append(buf, n);
  }
  ::close(fd);
  return answer;
}

/// A request of `method` for `target`, the connection closed after it.
std::string request(const std::string& method, const std::string& target,
                    const std::string& extra = "") {
  return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra +
         "\r\n";
}

/// The status code of an answer, or 0.
int status_of(const std::string& answer) {
  return answer.size() > 12 ? std::atoi(answer.c_str() + 9) : 0;
}

/// A serve process started in the background in `dir`, stopped with SIGTERM.
struct Served {
  fs::path dir;
  int port = 0;

  /// Starts serve on port 0 and waits (up to 20 s) for its "serving" line.
  explicit Served(const fs::path& d, const std::string& store) : dir(d) {
    run_shell(dir, "($CG serve " + shell_quote(store) +
                       " --port 0 > serve.out 2> serve.err & echo $! > serve.pid; wait $!; "
                       "echo $? > serve.status) > /dev/null 2>&1 &");
    for (int i = 0; i < 400 && port == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      std::string out = read_file(dir / "serve.out");
      auto at = out.find("http://127.0.0.1:");
      if (at != std::string::npos) port = std::atoi(out.c_str() + at + 17);
    }
  }

  /// Sends `signal` and returns serve's exit status once it has ended (-1: it did not end).
  /// Started from a script in the background, serve inherits SIGINT ignored: it still stops.
  int stop(const std::string& signal) {
    run_shell(dir, "kill -" + signal + " $(cat serve.pid)");
    for (int i = 0; i < 200; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      std::string s = read_file(dir / "serve.status");
      if (!s.empty()) return std::atoi(s.c_str());
    }
    return -1;
  }
};

}  // namespace

TEST_CASE("serve cli: real HTTP, hostile requests, and the server keeps answering") {
  fs::path dir = scratch_dir("serve_cli");
  auto built = run_claimgraph(
      dir, {"build", source_path("data/examples/newsroom.jsonl").string(), "-o", "news.db"});
  REQUIRE(built.status == 0);
  Served served(dir, (dir / "news.db").string());
  REQUIRE(served.port > 0);
  CHECK(has(read_file(dir / "serve.out"), "serving "));

  std::string page = exchange(served.port, request("GET", "/"));
  CHECK(status_of(page) == 200);
  CHECK(has(page, "Content-Security-Policy: default-src 'self'"));
  CHECK(has(page, "X-Frame-Options: DENY"));
  CHECK(status_of(exchange(served.port, request("GET", "/api/search?q=varga"))) == 200);

  struct Row {
    std::string raw;
    int status;
  };
  const Row hostile[] = {
      {request("GET", "/../../etc/passwd"), 400},
      {request("GET", "/%2e%2e/%2e%2e/etc/passwd"), 400},
      {request("GET", "/api/path?from=Elena%20Varga&to=Marcus%20Hale&k=100000"), 400},
      {request("GET", "/api/neighbors?id=Elena%20Varga&depth=9"), 400},
      {request("GET", "/api/search?q=%ff%fe%c3%28"), 200},
      {request("GET", "/api/entity?id=Nobody"), 404},
      {request("GET", "/api/nothing"), 404},
      {request("POST", "/api/search?q=varga", "Content-Length: 5\r\n\r\nhello"), 405},
      {request("DELETE", "/"), 405},
      {request("GET", "/" + std::string(20000, 'a')), 414},
      {"GARBAGE\r\n\r\n", 400},
  };
  for (const Row& row : hostile) {
    std::string answer = exchange(served.port, row.raw);
    INFO(row.raw.substr(0, 80));
    INFO(answer.substr(0, 400));
    CHECK(status_of(answer) == row.status);
    CHECK(has(answer, "Content-Security-Policy: default-src 'self'"));
    if (row.status >= 400) CHECK(has(answer, "{\"error\":"));
    CHECK(status_of(exchange(served.port, request("GET", "/api/stats"))) == 200);
  }
  // A second server on a port in use fails rather than sharing it (under `timeout`, so a bind
  // that wrongly succeeds cannot hang the test).
  auto second =
      run_shell(dir, "timeout 10 $CG serve news.db --port " + std::to_string(served.port));
  CHECK(second.status == 4);
  CHECK(has(second.err, "cannot listen"));
  CHECK(served.stop("INT") == 0);
}
