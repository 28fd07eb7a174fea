#pragma once
// Scores attribution spans against PolNeAR's brat annotations, exactly as
// ../shared/eval/README.md section 1 defines it: per role (source, cue, content), exact and
// overlap matching of trimmed spans, one-to-one, largest overlap first; and attribution.linked.

#include <optional>
#include <string_view>
#include <vector>

#include "graph/eval/graph_eval.h"
#include "graph/model/extraction.h"

namespace claimgraph {

/// A possibly discontinuous span: its fragments in text order.
using Fragments = std::vector<Span>;

/// One gold attribution; indices point into the role lists of PolnearGold.
struct GoldAttribution {
  std::optional<std::size_t> source;
  std::size_t cue = 0;
  std::vector<std::size_t> content;
};

/// The gold of one article: unique spans per role, and the attributions linking them.
struct PolnearGold {
  std::vector<Fragments> sources;
  std::vector<Fragments> cues;
  std::vector<Fragments> contents;
  std::vector<GoldAttribution> attributions;
};

/// Parses a brat .ann file; throws std::runtime_error naming the bad line.
PolnearGold parse_ann(std::string_view ann);

/// Exact and overlap counts for one role.
struct RoleScore {
  Counts exact;
  Counts overlap;
  RoleScore& operator+=(const RoleScore& o);
};

/// Scores of one article or, summed, of a set (micro-average).
struct PolnearScore {
  RoleScore source;
  RoleScore cue;
  RoleScore content;
  Counts linked;
  PolnearScore& operator+=(const PolnearScore& o);
};

/// Scores predicted attributions against gold; `text` is the article as code points.
PolnearScore score_polnear(const PolnearGold& gold, const std::vector<Attribution>& predicted,
                           std::u32string_view text);

/// Trims white space, punctuation, quotes, brackets and dashes from both ends of a span.
Span trim_span(Span span, std::u32string_view text);

}  // namespace claimgraph
