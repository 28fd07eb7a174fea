// The explorer's API without sockets: each endpoint over a store built from the bundled
// newsroom articles, and each hostile request answered with a 4xx JSON error.

#include <doctest/doctest.h>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "graph/serve/api.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// The API over the newsroom store, built once for every test here.
const Api& newsroom_api() {
  static const Api api = [] {
    // Each test case runs in a process of its own, several at once: a folder each.
    fs::path dir = scratch_dir("serve_api-" + std::to_string(::getpid()));
    auto built = run_claimgraph(
        dir, {"build", source_path("data/examples/newsroom.jsonl").string(), "-o", "news.db"});
    REQUIRE(built.status == 0);
    return Api(load_explorer_graph((dir / "news.db").string()));
  }();
  return api;
}

/// A GET of `path` with `params`.
ApiResponse get(const std::string& path, ApiParams params = {}, const std::string& method = "GET") {
  return newsroom_api().handle({method, path, std::move(params)});
}

/// The value of a header of a response, or empty.
std::string header(const ApiResponse& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "";
}

}  // namespace

TEST_CASE("serve api: each endpoint answers JSON from the store") {
  struct Row {
    const char* path;
    ApiParams params;
    const char* expect;  // a part of the body
  };
  const Row rows[] = {
      {"/api/search", {{"q", "varga"}}, R"("name":"Elena Varga")"},
      {"/api/search", {{"q", "ELENA"}}, R"("name":"Elena Varga")"},
      {"/api/search", {{"q", "Vargo"}}, R"("near":true)"},
      {"/api/entity", {{"id", "Marcus Hale"}}, R"("name":"Marcus Hale")"},
      {"/api/neighbors", {{"id", "Elena Varga"}}, R"("kind":"contact")"},
      {"/api/neighbors", {{"id", "Elena Varga"}, {"kind", "denial"}}, R"("kind":"denial")"},
      {"/api/neighbors",
       {{"id", "Elena Varga"}, {"depth", "2"}, {"limit", "3"}},
       R"("truncated":true)"},
      {"/api/path", {{"from", "Elena Varga"}, {"to", "Marcus Hale"}, {"k", "3"}}, R"("hops":1)"},
      {"/api/edge",
       {{"source", "Elena Varga"}, {"target", "Marcus Hale"}, {"kind", "contact"}},
       R"("quote":)"},
      {"/api/contested", {}, R"("contested":[{)"},
      {"/api/rank", {{"by", "degree"}, {"limit", "5"}}, R"("rows")"},
      {"/api/stats", {}, R"("articles":20)"},
  };
  for (const Row& row : rows) {
    SUBCASE((std::string(row.path) + " " + (row.params.empty() ? "" : row.params.begin()->second))
                .c_str()) {
      ApiResponse r = get(row.path, row.params);
      INFO(r.body);
      CHECK(r.status == 200);
      CHECK(r.content_type.rfind("application/json", 0) == 0);
      CHECK(has(r.body, row.expect));
      CHECK_NOTHROW((void)nlohmann::json::parse(r.body));
    }
  }
}

TEST_CASE("serve api: the evidence of an edge names its article, outlet, date and claimant") {
  ApiResponse r =
      get("/api/edge", {{"source", "Marcus Hale"}, {"target", "Elena Varga"}, {"kind", "contact"}});
  auto j = nlohmann::json::parse(r.body);
  REQUIRE(!j["evidence"].empty());
  for (const char* key : {"quote", "title", "url", "outlet", "date", "claimant", "stance"})
    CHECK(j["evidence"][0].contains(key));
  CHECK(j["evidence_total"].get<int>() >= 3);
}

TEST_CASE("serve api: hostile and malformed requests get a 4xx JSON error") {
  struct Row {
    const char* method;
    const char* path;
    ApiParams params;
    int status;
  };
  const std::string long_name(5000, 'a');
  const Row rows[] = {
      {"GET", "/api/entity", {{"id", "Nobody Atall"}}, 404},
      {"GET", "/api/entity", {}, 400},
      {"GET", "/api/neighbors", {{"id", "Elena Varga"}, {"depth", "4"}}, 400},
      {"GET", "/api/neighbors", {{"id", "Elena Varga"}, {"depth", "-1"}}, 400},
      {"GET", "/api/neighbors", {{"id", "Elena Varga"}, {"depth", "1x"}}, 400},
      {"GET", "/api/neighbors", {{"id", "Elena Varga"}, {"kind", "bribery"}}, 400},
      {"GET", "/api/neighbors", {{"id", "Elena Varga"}, {"since", "last week"}}, 400},
      {"GET", "/api/neighbors", {{"id", "Elena Varga"}, {"min_confidence", "2"}}, 400},
      {"GET", "/api/path", {{"from", "Elena Varga"}, {"to", "Marcus Hale"}, {"k", "11"}}, 400},
      {"GET",
       "/api/path",
       {{"from", "Elena Varga"}, {"to", "Marcus Hale"}, {"k", "99999999999999999999"}},
       400},
      {"GET", "/api/path", {{"from", "Elena Varga"}}, 400},
      {"GET",
       "/api/edge",
       {{"source", "Elena Varga"}, {"target", "Marcus Hale"}, {"kind", "x"}},
       400},
      {"GET", "/api/search", {{"q", long_name}}, 400},
      {"GET", "/api/search", {{"q", ""}}, 400},
      {"GET", "/api/rank", {{"by", "charisma"}}, 400},
      {"GET", "/api/nothing", {}, 404},
      {"GET", "/../../etc/passwd", {}, 400},
      {"GET", "/..%2f..%2fetc/passwd", {}, 400},
      {"GET", "/etc/passwd", {}, 404},
      {"GET", "/index.html/", {}, 404},
      {"POST", "/api/search", {{"q", "varga"}}, 405},
      {"DELETE", "/", {}, 405},
      {"PUT", "/index.html", {}, 405},
  };
  for (const Row& row : rows) {
    SUBCASE((std::string(row.method) + " " + row.path + " " +
             (row.params.empty() ? "" : row.params.rbegin()->second.substr(0, 30)))
                .c_str()) {
      ApiResponse r = get(row.path, row.params, row.method);
      INFO(r.body);
      CHECK(r.status == row.status);
      auto j = nlohmann::json::parse(r.body);
      CHECK(j["error"].is_string());
      CHECK(!header(r, "Content-Security-Policy").empty());
    }
  }
  CHECK(get("/api/stats").status == 200);  // and it goes on answering
}

TEST_CASE("serve api: invalid UTF-8 in a name is answered, as valid JSON") {
  ApiResponse r = get("/api/search", {{"q", "Var\xff\xfe"}});
  CHECK(r.status < 500);
  CHECK_NOTHROW((void)nlohmann::json::parse(r.body));
  r = get("/api/entity", {{"id", "\xc3\x28"}});
  CHECK(r.status == 404);
  CHECK_NOTHROW((void)nlohmann::json::parse(r.body));
}

TEST_CASE("serve api: every answer carries the security headers; HEAD is allowed") {
  for (const char* path : {"/", "/app.js", "/api/stats", "/api/nothing"}) {
    ApiResponse r = get(path, {}, "HEAD");
    INFO(path);
    CHECK(r.status != 405);
    std::string csp = header(r, "Content-Security-Policy");
    CHECK(has(csp, "default-src 'self'"));
    CHECK(!has(csp, "http"));
    CHECK(header(r, "X-Content-Type-Options") == "nosniff");
    CHECK(header(r, "Referrer-Policy") == "no-referrer");
    CHECK(header(r, "X-Frame-Options") == "DENY");
  }
  CHECK(header(get("/", {}, "POST"), "Allow") == "GET, HEAD");
}

TEST_CASE("serve api: the page, its script, style sheet and graph library are embedded") {
  struct Row {
    const char* path;
    const char* type;
  };
  for (Row row :
       {Row{"/", "text/html"}, Row{"/app.js", "text/javascript"}, Row{"/app.css", "text/css"},
        Row{"/canvas_renderer.js", "text/javascript"}, Row{"/lib/sigma.min.js", "text/javascript"},
        Row{"/lib/graphology.umd.min.js", "text/javascript"}}) {
    ApiResponse r = get(row.path);
    INFO(row.path);
    CHECK(r.status == 200);
    CHECK(r.content_type.rfind(row.type, 0) == 0);
    CHECK(!r.body.empty());
  }
}
