// The one-file explorer: everything inline, a policy naming its inline code, and text from
// articles kept as data even when it looks like markup.

#include <doctest/doctest.h>

#include "graph/serve/html_file.h"
#include "graph/serve/sha256.h"
#include "query_fixture.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

TEST_CASE("serve html: SHA-256 in the form a policy names code by") {
  CHECK(sha256_base64("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  CHECK(sha256_base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

TEST_CASE("serve html: one file, nothing fetched, its code named in its policy") {
  ClaimGraph g = newsroom_fixture();
  ArticleIndex articles;
  std::string page = explorer_html(g, articles, {});
  CHECK(has(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'"));
  CHECK(has(page, "script-src 'sha256-"));
  CHECK(!has(page, "<script src="));
  CHECK(!has(page, "<link rel=\"stylesheet\""));
  CHECK(!has(page, "src=\"http"));
  CHECK(has(page, "\"name\":\"Alice Ames\""));
  CHECK(has(page, "\"view\":\"neighbors\""));
}

TEST_CASE("serve html: a subset, and markup in names stays data") {
  ClaimGraph g = fixture_graph(
      {{"x1",
        "Sentinel",
        "2024-01-10",
        {{RelationKind::contact, "</script><script>alert(1)</script>", "Bob <!-- Brook"}}},
       {"x2", "Gazette", "2024-01-11", {{RelationKind::contact, "Carol", "Dan"}}}});
  ArticleIndex articles;
  HtmlFileOptions options;
  options.subset = std::vector<ClaimGraph::Vertex>{0, 1};
  options.center = 0;
  std::string page = explorer_html(g, articles, options);
  CHECK(!has(page, "<script>alert(1)"));
  CHECK(!has(page, "Bob <!--"));
  CHECK(has(page, "\\u003c/script>\\u003cscript>alert(1)"));
  CHECK(!has(page, "\"name\":\"Carol\""));  // outside the subset
}
