#include "graph/io/xml_text.h"

#include <doctest/doctest.h>

using namespace claimgraph;

TEST_CASE("xml_text: markup stays text, whitespace survives attribute normalisation") {
  struct Case {
    const char* name;
    std::string text;
    std::string xml;
  };
  const Case cases[] = {
      {"plain", "Hope Hicks", "Hope Hicks"},
      {"markup", "\"><script>alert(1)</script>", "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"CDATA end", "]]>", "]]&gt;"},
      {"quotes and ampersands", "AT&T 'x' &amp; &#1;", "AT&amp;T &apos;x&apos; &amp;amp; &amp;#1;"},
      {"tab, newline, carriage return", "a\tb\nc\rd", "a&#9;b&#10;c&#13;d"},
      {"other C0 controls",
       "a\x01\x1b\x1f"
       "z",
       "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz"},
      {"NUL", std::string("a\0z", 3), "a\xEF\xBF\xBDz"},
      {"DEL and C1 are XML 1.0 characters", "a\x7f\xC2\x85z", "a\x7f\xC2\x85z"},
      {"noncharacters", "\xEF\xBF\xBF \xEF\xBF\xBE \xEF\xB7\x90",
       "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
      {"invalid UTF-8", "a\xFF\xC3z", "a\xEF\xBF\xBD\xEF\xBF\xBDz"},
      {"other scripts kept", "\xE2\x80\xAE \xF0\x9F\x98\x80 Caf\xC3\xA9",
       "\xE2\x80\xAE \xF0\x9F\x98\x80 Caf\xC3\xA9"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.name) { CHECK(xml_text(c.text) == c.xml); }
  }
}
