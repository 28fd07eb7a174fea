#include "graph/eval/polnear_eval.h"

#include <doctest/doctest.h>

using namespace claimgraph;

namespace {

// Offsets: "The Post" 0-8, "reports" 9-16, "that “Clinton was ill.”" 17-40, "Aides" 41-46,
// "said" 47-51, "nothing" 52-59.
const std::u32string kText =
    U"The Post reports that \u201CClinton was ill.\u201D Aides said nothing.";

const char* kAnn =
    "T1\tSource 0 8\tThe Post\n"
    "T2\tCue 9 16\treports\n"
    "T3\tContent 17 40\tthat \u201CClinton was ill.\u201D\n"
    "T4\tAttribution 9 16\treports\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 47 51\tsaid\n"
    "T6\tContent 52 59;60 60\tnothing\n"
    "T7\tNote 1 2\tcontinued surface text\nthat runs over a line\n"
    "E2\tAttribution-no-source:T5 Cue:T5 Content:T6\n";

}  // namespace

TEST_CASE("parse_ann: spans per role, events linking them, continuation lines skipped") {
  PolnearGold g = parse_ann(kAnn);
  CHECK(g.sources.size() == 1);
  CHECK(g.cues.size() == 2);
  CHECK(g.contents.size() == 2);
  REQUIRE(g.attributions.size() == 2);
  CHECK(g.attributions[0].source == std::optional<std::size_t>(0));
  CHECK_FALSE(g.attributions[1].source);
  CHECK(g.contents[1].size() == 2);  // a discontinuous span keeps its fragments
  CHECK_THROWS_WITH(parse_ann("T1\tCue 1 x\tbad\n"), doctest::Contains("bad offset"));
  CHECK_THROWS_WITH(parse_ann("E1\tAttribution:T9 Cue:T9\n"), doctest::Contains("unknown span T9"));
}

TEST_CASE("trim_span: white space, punctuation, quotes and dashes go") {
  std::u32string t = U" \u201C\u2014Hello, world!\u201D) ";
  Span s = trim_span({0, static_cast<std::uint32_t>(t.size())}, t);
  CHECK(t.substr(s.start, s.end - s.start) == U"Hello, world");
  CHECK(trim_span({0, 2}, t).empty());
}

TEST_CASE("score_polnear: exact, overlap, one-to-one, linked") {
  PolnearGold g = parse_ann(kAnn);
  Attribution post;
  post.source = Span{4, 8};       // "Post": overlaps "The Post", not exact
  post.cue = Span{9, 16};         // exact
  post.content = {Span{22, 40}};  // the quote without "that": overlaps, not exact
  Attribution aides;
  aides.source = Span{41, 46};  // "Aides": gold has no source here
  aides.cue = Span{47, 51};
  aides.content = {Span{52, 59}};
  PolnearScore s = score_polnear(g, {post, aides}, kText);
  CHECK(s.source.exact.matched_gold == 0);
  CHECK(s.source.overlap.matched_gold == 1);
  CHECK(s.source.overlap.predicted == 2);
  CHECK(s.cue.exact.matched_gold == 2);
  CHECK(s.content.exact.matched_gold ==
        1);  // "nothing" (the empty second gold fragment trims away)
  CHECK(s.content.overlap.matched_gold == 2);
  CHECK(s.linked.matched_gold == 1);  // the second has a source where gold has none
  Attribution twice = aides;          // the same span twice counts once
  PolnearScore d = score_polnear(g, {aides, twice}, kText);
  CHECK(d.cue.exact.predicted == 1);
}

TEST_CASE("parse_ann: a span in two roles has a place in both lists (found by fuzz_polnear_ann)") {
  // T2 is a cue of E1 and the source of E2: its source index must point into the sources,
  // where it used to be its position among the cues, past the end of the sources.
  const char* ann =
      "T1\tCue 0 3\tThe\nT2\tCue 4 8\tPost\nT3\tSource 9 16\treports\n"
      "E1\tCue:T1 Cue:T2\nE2\tSource:T3 Cue:T1 Source:T2\n";
  PolnearGold g = parse_ann(ann);
  REQUIRE(g.attributions.size() == 2);
  CHECK(g.cues.size() == 2);
  REQUIRE(g.sources.size() == 2);
  CHECK(g.attributions[1].source == std::optional<std::size_t>(1));
  CHECK(g.sources[1] == Fragments{{4, 8}});
  Attribution predicted;
  predicted.cue = {0, 3};
  predicted.source = Span{9, 16};
  PolnearScore s = score_polnear(g, {predicted}, kText);
  CHECK(s.linked.matched_gold == 0);  // its source is T2, not T3
}
