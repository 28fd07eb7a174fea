#include "graph/extract/extractor.h"

#include <algorithm>
#include <cmath>

#include "graph/extract/attribution.h"
#include "graph/extract/relations.h"
#include "graph/text/mojibake.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

Span span_of(const Document& doc, TokenRange r) {
  return {doc.token(r.first).cp_begin, doc.token(r.last - 1).cp_end};
}

/// Content spans exclude the quotation marks that delimit them.
Span content_span(const Document& doc, TokenRange r) {
  if (r.last - r.first > 2 && doc.token(r.first).kind == TokenKind::open_quote) ++r.first;
  if (r.last - r.first > 1 && doc.token(r.last - 1).kind == TokenKind::close_quote) --r.last;
  return span_of(doc, r);
}

using Remap = std::vector<std::optional<EntityIndex>>;

std::optional<EntityIndex> remapped(const Remap& remap, std::optional<EntityIndex> e) {
  return e ? remap[*e] : std::nullopt;
}

Attribution to_output(const Document& doc, const FoundAttribution& a, const Remap& remap) {
  Attribution out;
  if (a.source) out.source = span_of(doc, *a.source);
  out.speaker = remapped(remap, a.speaker);
  out.cue = span_of(doc, a.cue);
  for (const auto& c : a.content) out.content.push_back(content_span(doc, c));
  out.outlet = remapped(remap, a.outlet);
  return out;
}

/// Per attribution, whether its cue lies inside another's content. PolNeAR marks only the
/// outermost attribution, so nested ones stay out of the output; relations still use them.
std::vector<bool> nested(const Document& doc, const std::vector<FoundAttribution>& found) {
  std::vector<int> owner(doc.size(), -1);
  for (std::size_t k = 0; k < found.size(); ++k)
    for (const auto& c : found[k].content)
      std::fill(owner.begin() + c.first, owner.begin() + c.last, static_cast<int>(k));
  std::vector<bool> out(found.size());
  for (std::size_t k = 0; k < found.size(); ++k) {
    int o = owner[found[k].cue.first];
    out[k] = o >= 0 && o != static_cast<int>(k);
  }
  return out;
}

/// Moves a span found in repaired text onto the text as read.
void restore(Span& span, const RepairOffsets& offsets) {
  span = {offsets.to_original(span.start), offsets.to_original(span.end)};
}

/// Moves every span of `x`, found in repaired text, onto `original`, the text as read, and
/// takes the evidence and cue texts from it: they stay the substrings their spans index.
void restore_spans(ArticleExtraction& x, const RepairOffsets& offsets, std::string_view original) {
  for (auto& e : x.entities)
    for (auto& m : e.mentions) restore(m, offsets);
  for (auto& a : x.attributions) {
    if (a.source) restore(*a.source, offsets);
    restore(a.cue, offsets);
    for (auto& c : a.content) restore(c, offsets);
  }
  std::u32string cps = to_code_points(original);
  for (auto& r : x.relations) {
    restore(r.evidence, offsets);
    restore(r.cue, offsets);
    r.evidence_text = code_point_slice(cps, r.evidence.start, r.evidence.end);
    r.cue_text = code_point_slice(cps, r.cue.start, r.cue.end);
  }
}

/// The extraction of `text`, which stands for the article's own text.
ArticleExtraction extract_text(const Article& article, std::string_view text,
                               const Lexicon& lexicon) {
  Document doc(text, [&](std::string_view line) { return lexicon.is_furniture(line); });
  std::vector<Quote> quotes = find_quotes(doc);
  std::vector<Mention> mentions = find_mentions(doc, lexicon, quotes);
  EntityResolver resolver(doc, lexicon, mentions);
  std::vector<FoundAttribution> found = find_attributions(doc, lexicon, mentions, quotes, resolver);
  std::vector<Relation> relations = find_relations(doc, lexicon, mentions, quotes, found, resolver);

  ArticleExtraction out;
  out.article_id = article.id;
  out.outlet = article.outlet;
  out.date = article.date;
  out.title = article.title;
  out.url = article.url;
  Remap remap = resolver.finish(out.entities);
  std::vector<bool> hidden = nested(doc, found);
  for (std::size_t k = 0; k < found.size(); ++k)
    if (!hidden[k]) out.attributions.push_back(to_output(doc, found[k], remap));
  for (auto& r : relations) {
    auto source = remap[r.source], target = remap[r.target];
    if (!source || !target) continue;
    r.source = *source;
    r.target = *target;
    r.claimant = remapped(remap, r.claimant);
    r.outlet = remapped(remap, r.outlet);
    // Two decimals are all the output keeps; rounding here makes every route (store, JSON
    // Lines, merge) carry the same value.
    r.confidence = std::round(r.confidence * 100.0) / 100.0;
    out.relations.push_back(std::move(r));
  }
  return out;
}

}  // namespace

ArticleExtraction extract_article(const Article& article, const Lexicon& lexicon) {
  // Mojibake ("Trumpâ€™s") would make words and names of its debris; extraction reads the
  // repaired text, and the spans are moved back onto the text as read, which they index.
  RepairedText repaired = repair_mojibake(article.text);
  if (repaired.places == 0) return extract_text(article, article.text, lexicon);
  ArticleExtraction out = extract_text(article, repaired.text, lexicon);
  restore_spans(out, repaired.offsets, article.text);
  return out;
}

}  // namespace claimgraph
