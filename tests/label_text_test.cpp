#include "graph/render/label_text.h"

#include <doctest/doctest.h>

using namespace claimgraph;

TEST_CASE("graphviz_text: what reaches a label") {
  struct Case {
    const char* name;
    std::string text;
    std::size_t limit;
    std::string label;
  };
  const Case cases[] = {
      {"plain", "Hope Hicks", std::string::npos, "Hope Hicks"},
      {"character references stay text", "&#1; &#xFFFF; &#xD800; &amp;", std::string::npos,
       "&amp;#1; &amp;#xFFFF; &amp;#xD800; &amp;amp;"},
      {"escString", "\\N \\n", std::string::npos, "\\\\N \\\\n"},
      {"C0, DEL and C1 controls", "a\x01\x1f\x7f\xC2\x85z", std::string::npos, "a    z"},
      {"noncharacters", "\xEF\xBF\xBF \xEF\xBF\xBE \xEF\xB7\x90 \xF4\x8F\xBF\xBF",
       std::string::npos, "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
      {"invalid UTF-8 and surrogates", "a\xFF\xED\xA0\x80z", std::string::npos,
       "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz"},
      {"other scripts kept", "\xE2\x80\xAE \xF0\x9F\x98\x80 Caf\xC3\xA9", std::string::npos,
       "\xE2\x80\xAE \xF0\x9F\x98\x80 Caf\xC3\xA9"},
      {"cut on a character", "ab\xC3\xA9\xC3\xA9", 3, "ab..."},
      {"never inside an escape", "a&b", 3, "a..."},
      {"within the limit", "abc", 3, "abc"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.name) { CHECK(graphviz_text(c.text, c.limit) == c.label); }
  }
}
