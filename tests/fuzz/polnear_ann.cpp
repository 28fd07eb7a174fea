// Fuzzes the PolNeAR .ann reader and the scoring of its spans: the first byte cuts the article
// text (so spans may lie past its end), the rest is the .ann file; what parses is scored against
// predictions made from its own spans and against none.

#include <stdexcept>

#include "fuzz_bytes.h"
#include "graph/eval/polnear_eval.h"
#include "source_file.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

/// The bundled example article as code points, read once.
const std::u32string& example_text() {
  static const std::u32string text =
      to_code_points(source_file("data/examples/seed-russia-contacts.txt"));
  return text;
}

/// Predictions near the gold: one per attribution, its cue's first fragment and, when it has a
/// source, the first source span's.
std::vector<Attribution> predictions(const PolnearGold& gold) {
  std::vector<Attribution> out;
  for (const auto& g : gold.attributions) {
    Attribution a;
    if (g.cue < gold.cues.size() && !gold.cues[g.cue].empty()) a.cue = gold.cues[g.cue].front();
    if (g.source && !gold.sources.empty() && !gold.sources.front().empty())
      a.source = gold.sources.front().front();
    out.push_back(a);
  }
  return out;
}

/// Aborts unless every count of `c` is consistent.
void require_counts(const Counts& c) {
  require(c.matched_predicted <= c.predicted && c.matched_gold <= c.gold, "matched more than given",
          "");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  std::size_t cut = in.byte() * 16u;
  std::u32string_view text = example_text();
  if (cut) text = text.substr(0, cut);
  std::string ann = in.rest();
  PolnearGold gold;
  try {
    gold = parse_ann(ann);
  } catch (const std::runtime_error&) {
    return 0;
  }
  for (const auto& predicted : {predictions(gold), std::vector<Attribution>{}}) {
    PolnearScore s = score_polnear(gold, predicted, text);
    for (const Counts* c : {&s.source.exact, &s.source.overlap, &s.cue.exact, &s.cue.overlap,
                            &s.content.exact, &s.content.overlap, &s.linked})
      require_counts(*c);
  }
  return 0;
}
