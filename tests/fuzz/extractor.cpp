// Fuzzes the extractor on arbitrary text: whatever passes the input checks is extracted, and
// every span and entity index of the result must lie inside the article, its record valid JSON.

#include "graph/extract/extractor.h"
#include "graph/io/input.h"
#include "graph/io/json_output.h"
#include "graph/resolve/cross_article.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

/// Aborts unless `span` lies within a text of `length` code points.
void require_inside(const Span& span, std::size_t length, const std::string& text) {
  require(span.start <= span.end && span.end <= length, "a span outside the text", text);
}

/// Aborts unless `e` names an entity of `x`.
void require_entity(std::optional<EntityIndex> e, const ArticleExtraction& x,
                    const std::string& text) {
  require(!e || *e < x.entities.size(), "an entity index out of range", text);
}

/// Aborts unless every span and index of `x` fits the article `text`.
void require_consistent(const ArticleExtraction& x, const std::string& text) {
  std::size_t length = count_code_points(text);
  for (const auto& e : x.entities)
    for (const auto& m : e.mentions) require_inside(m, length, text);
  for (const auto& a : x.attributions) {
    if (a.source) require_inside(*a.source, length, text);
    require_inside(a.cue, length, text);
    for (const auto& c : a.content) require_inside(c, length, text);
    require_entity(a.speaker, x, text), require_entity(a.outlet, x, text);
  }
  for (const auto& r : x.relations) {
    require_inside(r.evidence, length, text), require_inside(r.cue, length, text);
    require_entity(r.source, x, text), require_entity(r.target, x, text);
    require_entity(r.claimant, x, text), require_entity(r.outlet, x, text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Article article{"fuzz", std::string(reinterpret_cast<const char*>(data), size), "", "", "", ""};
  if (!check_text(article.text).empty()) return 0;
  ArticleExtraction x = extract_article(article, Lexicon::builtin());
  require_consistent(x, article.text);
  require_json(to_json_line(x));
  build_claim_graph({std::move(x)}, {});
  return 0;
}
