#include "graph/text/utf8.h"

#include <doctest/doctest.h>

using namespace claimgraph;

TEST_CASE("utf8: validation finds the first bad byte") {
  struct Row {
    const char* name;
    std::string bytes;
    std::optional<std::size_t> bad;
  };
  const Row rows[] = {
      {"ascii", "plain text", std::nullopt},
      {"curly quotes", "\xE2\x80\x9Cquoted\xE2\x80\x9D", std::nullopt},
      {"four-byte emoji", "ok \xF0\x9F\x98\x80", std::nullopt},
      {"lone continuation", "ab\x80", 2},
      {"truncated sequence", "ab\xE2\x80", 2},
      {"overlong slash", "\xC0\xAF", 0},
      {"utf-16 surrogate", "x\xED\xA0\x80", 1},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"latin-1 byte", "caf\xE9", 3},
  };
  for (const auto& row : rows) {
    SUBCASE(row.name) { CHECK(find_invalid_utf8(row.bytes) == row.bad); }
  }
}

TEST_CASE("utf8: decoding, counting and case") {
  std::string s = "Z\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";  // Z é — 😀
  CHECK(count_code_points(s) == 4);
  CHECK(decode_utf8(s, 1).cp == 0xE9);
  CHECK(decode_utf8(s, 3).cp == 0x2014);
  CHECK(decode_utf8(s, 6).length == 4);
  std::string round;
  for (char32_t cp : {U'Z', U'\u00E9', U'\u2014', U'\U0001F600'}) append_utf8(round, cp);
  CHECK(round == s);
  CHECK(to_lower_utf8("\xC3\x89MILE Zola") == "\xC3\xA9mile zola");
  CHECK(is_upper_cp(U'\u0420'));  // Cyrillic capital ER
  CHECK_FALSE(is_upper_cp(U'\u0440'));
  CHECK(looks_binary(std::string("a\0b", 3)));
}

TEST_CASE("utf8: lower-casing in place, and forms that change length") {
  // Same length: folded in place, curly quotes and emoji kept.
  CHECK(to_lower_utf8("\xE2\x80\x9C"
                      "ABC\xE2\x80\x9D \xCE\xA3 \xF0\x90\x90\x80!") ==
        "\xE2\x80\x9C"
        "abc\xE2\x80\x9D \xCF\x83 \xF0\x90\x90\xA8!");
  // U+023A (two bytes) lowers to U+2C65 (three): the rest of the text follows it.
  CHECK(to_lower_utf8("X\xC8\xBAY\xC3\x89") == "x\xE2\xB1\xA5y\xC3\xA9");
  CHECK(to_lower_utf8("\xC8\xBA") == "\xE2\xB1\xA5");
  // U+0130 (two bytes) lowers to "i" (one).
  CHECK(to_lower_utf8("\xC4\xB0Z") == "iz");
  CHECK(to_lower_utf8("") == "");
  // A malformed sequence comes out as the canonical encoding of what it decodes to.
  CHECK(to_lower_utf8("\xC0") == "\xC3\xA0");
  CHECK(to_lower_utf8("A\xE2\x80") == "a\xC3\xA2\xC2\x80");
}
