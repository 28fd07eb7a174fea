#include "graph/store/row_check.h"

#include <doctest/doctest.h>

#include <functional>
#include <stdexcept>

using namespace claimgraph;

namespace {

/// The message a check throws, or "" when it passes.
template <typename F>
std::string problem(F&& check) {
  try {
    check();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("RowCheck: values out of range are one error naming store, table and article") {
  RowCheck check("g.db", "a1", 100);
  check.table("relations");
  const std::string where = "g.db: damaged store: table relations, article 'a1', ";
  struct Case {
    const char* name;
    std::function<void()> run;
    std::string error;  // after `where`; empty: fine
  };
  const Case cases[] = {
      {"index in range", [&] { CHECK(check.entity(2, 3, "source") == 2); }, ""},
      {"index past the end", [&] { check.entity(3, 3, "source"); },
       "source: entity 3 does not exist (the article has 3)"},
      {"negative index", [&] { check.entity(-1, 3, "claimant"); },
       "claimant: entity -1 does not exist (the article has 3)"},
      {"index past 32 bits", [&] { check.entity(4294967296 + 1, 3, "target"); },
       "target: entity 4294967297 does not exist (the article has 3)"},
      {"span inside",
       [&] {
         CHECK(check.span(5, 100, "cue") == Span{5, 100});
       },
       ""},
      {"span past the text", [&] { check.span(5, 101, "cue"); },
       "cue: span 5-101 lies outside the text (100 bytes)"},
      {"span backwards", [&] { check.span(9, 5, "cue"); }, "cue: span 9-5 is not a span"},
      {"negative span", [&] { check.span(-4, 5, "cue"); }, "cue: span -4-5 is not a span"},
      {"span list", [&] { CHECK(check.spans("1-2,3-40", "content").size() == 2); }, ""},
      {"empty span list", [&] { CHECK(check.spans("", "content").empty()); }, ""},
      {"bad span list", [&] { check.spans("1-2,x", "content"); },
       "content: '1-2,x' is no span list"},
      {"span list with a negative", [&] { check.spans("-5-2", "content"); },
       "content: span -5-2 is not a span"},
      {"text", [&] { CHECK(check.text("Café", "name") == "Café"); }, ""},
      {"bad text", [&] { check.text("Caf\xE9", "name"); }, "name: is not valid UTF-8 (byte 3)"},
      {"known kind",
       [&] {
         CHECK(check.known(parse_relation_kind("denial"), "denial", "kind") ==
               RelationKind::denial);
       },
       ""},
      {"unknown kind", [&] { check.known(parse_relation_kind("alien"), "alien", "kind"); },
       "kind: unknown value 'alien'"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.name) { CHECK(problem(c.run) == (c.error.empty() ? "" : where + c.error)); }
  }
}

TEST_CASE("RowCheck: a text of unknown size bounds no span") {
  RowCheck check("g.db", "a1", 0);
  CHECK(check.span(0, 4000000, "evidence") == Span{0, 4000000});
}

TEST_CASE("RowCheck: JSON list columns are arrays of strings or of [start, end] pairs") {
  RowCheck check("g.db", "a1", 100);
  check.table("entities");
  const std::string where = "g.db: damaged store: table entities, article 'a1', ";
  using Strings = std::vector<std::string>;
  using Spans = std::vector<Span>;
  struct Case {
    const char* name;
    std::function<void()> run;
    std::string error;  // after `where`; empty: fine
  };
  const Case cases[] = {
      {"aliases",
       [&] {
         CHECK(check.strings(R"(["b", "a"])", "aliases") == Strings{"b", "a"});
       },
       ""},
      {"no aliases", [&] { CHECK(check.strings(" [ ] ", "aliases").empty()); }, ""},
      {"escapes",
       [&] {
         CHECK(check.strings(R"(["\"\\\/\b\f\n\r\t\u0000\u00e9\ud83d\ude00"])", "aliases") ==
               Strings{std::string("\"\\/\b\f\n\r\t\0\xC3\xA9\xF0\x9F\x98\x80", 15)});
       },
       ""},
      {"not JSON", [&] { check.strings(R"(["a")", "aliases"); }, "aliases: is not valid JSON ("},
      {"empty", [&] { check.strings("", "aliases"); }, "aliases: is not valid JSON ("},
      {"trailing text", [&] { check.strings(R"(["a"] ["b"])", "aliases"); },
       "aliases: is not valid JSON ("},
      {"not an array", [&] { check.strings(R"("a")", "aliases"); }, "aliases: is not a JSON array"},
      {"not a string", [&] { check.strings(R"(["a", null])", "aliases"); },
       "aliases: item 1 is not a string"},
      {"invalid UTF-8", [&] { check.strings("[\"Caf\xE9\"]", "aliases"); },
       "aliases: is not valid UTF-8 (byte 5)"},
      {"lone surrogate", [&] { check.strings(R"(["\udc00"])", "aliases"); },
       "aliases: is not valid JSON ("},
      {"mentions",
       [&] {
         CHECK(check.span_pairs("[[5,9],[0,0],[1,100]]", "mentions") ==
               Spans{{5, 9}, {0, 0}, {1, 100}});
       },
       ""},
      {"no mentions", [&] { CHECK(check.span_pairs("[]", "mentions").empty()); }, ""},
      {"a single", [&] { check.span_pairs("[[1,2],[3]]", "mentions"); },
       "mentions: item 1 is not a pair of integers"},
      {"a triple", [&] { check.span_pairs("[[1,2,3]]", "mentions"); },
       "mentions: item 0 is not a pair of integers"},
      {"a flat list", [&] { check.span_pairs("[1,2]", "mentions"); },
       "mentions: item 0 is not a pair of integers"},
      {"a fraction", [&] { check.span_pairs("[[1,2.0]]", "mentions"); },
       "mentions: item 0 is not a pair of integers"},
      {"a string", [&] { check.span_pairs(R"([["1",2]])", "mentions"); },
       "mentions: item 0 is not a pair of integers"},
      {"past 64 bits", [&] { check.span_pairs("[[1,18446744073709551615]]", "mentions"); },
       "mentions: item 0 is not a pair of integers"},
      {"backwards", [&] { check.span_pairs("[[9,5]]", "mentions"); },
       "mentions: span 9-5 is not a span"},
      {"negative", [&] { check.span_pairs("[[-1,5]]", "mentions"); },
       "mentions: span -1-5 is not a span"},
      {"past the text", [&] { check.span_pairs("[[5,101]]", "mentions"); },
       "mentions: span 5-101 lies outside the text (100 bytes)"},
      {"an object", [&] { check.span_pairs(R"({"start":1})", "mentions"); },
       "mentions: is not a JSON array"},
  };
  for (const auto& c : cases) {
    SUBCASE(c.name) {
      std::string got = problem(c.run);
      if (c.error.ends_with("("))
        CHECK(got.rfind(where + c.error, 0) == 0);
      else
        CHECK(got == (c.error.empty() ? "" : where + c.error));
    }
  }
}
