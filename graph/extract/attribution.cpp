#include "graph/extract/attribution.h"

#include <algorithm>
#include <string_view>

namespace claimgraph {

namespace {

bool is_personal_pronoun(std::string_view w) { return w == "he" || w == "she"; }

/// Words that may stand between a source and its verb ("Zakharova later argued").
bool is_verb_filler(std::string_view w) {
  return w == "has" || w == "have" || w == "had" || w == "also" || w == "later" || w == "then" ||
         w == "again" || w == "once" || w == "would" || w == "will" || w == "did" || w == "does" ||
         w == "is" || w == "was" || w == "were" || w == "are" || w == "been" || w == "previously" ||
         w == "recently" || w == "further" || w == "first" ||
         (w.size() > 4 && w.substr(w.size() - 2) == "ly");
}

bool is_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "some" || w == "several" || w == "many" ||
         w == "two" || w == "three" || w == "other" || w == "his" || w == "her" || w == "their";
}

class AttributionFinder {
 public:
  AttributionFinder(const Document& doc, const Lexicon& lex, const std::vector<Mention>& mentions,
                    const std::vector<Quote>& quotes, EntityResolver& resolver)
      : doc_(doc),
        lex_(lex),
        mentions_(mentions),
        quotes_(quotes),
        resolver_(resolver),
        mention_at_(mention_index(doc, mentions)),
        phrase_at_(doc.size(), -1),
        quote_at_(doc.size(), -1) {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      // A titled name is one phrase from its title's modifier on: "Trump spokesperson Hope Hicks".
      std::uint32_t start = mentions_[m].title ? mentions_[m].title->first : mentions_[m].first;
      if (phrase_at_[start] < 0 || mentions_[m].title) phrase_at_[start] = static_cast<int>(m);
    }
    for (std::size_t q = 0; q < quotes_.size(); ++q)
      for (auto i = quotes_[q].first; i < quotes_[q].last; ++i) quote_at_[i] = static_cast<int>(q);
    paragraph_.resize(doc.size());
    for (std::uint32_t i = 0, p = 0; i < doc.size(); ++i)
      paragraph_[i] = p += (i > 0 && doc.token(i).newlines_before > 0);
  }

  std::vector<FoundAttribution> run() {
    for (std::size_t s = 0; s < doc_.sentences().size(); ++s)
      if (doc_.sentences()[s].prose) scan(s);
    attach_continued_quotes();
    attach_outlets();
    for (const auto& a : out_)
      if (a.speaker) resolver_.mark_used(*a.speaker);
    return std::move(out_);
  }

 private:
  void scan(std::size_t s) {
    const Sentence& sent = doc_.sentences()[s];
    for (std::uint32_t i = sent.first; i < sent.last; ++i) {
      if (quote_at_[i] >= 0) continue;
      auto cue = lex_.attribution_cues.match(doc_, i, sent.last);
      if (!cue || cue.value->type == CueType::noun) continue;  // noun cues: not yet handled
      TokenRange range{i, i + static_cast<std::uint32_t>(cue.length)};
      bool found = cue.value->type == CueType::prep ? according_to(s, range, cue.value)
                                                    : verb_cue(s, range, cue.value);
      if (found) i = range.last - 1;
    }
  }

  /// "According to X, ..." and "..., according to X."
  bool according_to(std::size_t s, TokenRange cue, const Cue* entry) {
    const Sentence& sent = doc_.sentences()[s];
    auto src = noun_phrase_at(cue.last, sent.last);
    if (!src) return false;
    FoundAttribution a = make(s, cue, entry, *src);
    std::uint32_t first_word = sent.first;
    while (first_word < sent.last && !doc_.is_word(first_word)) ++first_word;
    if (cue.first <= first_word + 1) {
      std::uint32_t start = src->last;
      while (start < sent.last && (doc_.is_punct(start, ',') || doc_.is_punct(start, ':'))) ++start;
      add_content(a, start, doc_.words_end(sent));
    } else {
      std::uint32_t end = cue.first;
      while (end > sent.first && doc_.is_punct(end - 1, ',')) --end;
      add_content(a, sent.first, end);
    }
    out_.push_back(std::move(a));
    return true;
  }

  /// "X said ...", "X, ..., said", "... said X", "Calling it ..., X ...".
  bool verb_cue(std::size_t s, TokenRange cue, const Cue* entry) {
    const Sentence& sent = doc_.sentences()[s];
    std::optional<TokenRange> src = source_before(cue.first, sent.first);
    bool inverted = false;
    if (!src && cue.first > sent.first &&
        (doc_.is_punct(cue.first - 1, ',') ||
         doc_.token(cue.first - 1).kind == TokenKind::close_quote)) {
      src = noun_phrase_at(cue.last, sent.last);
      inverted = src.has_value();
    }
    if (!src && is_participle_opener(cue, sent)) return participle(s, cue, entry);
    if (!src) return false;
    FoundAttribution a = make(s, cue, entry, *src);
    std::uint32_t after = inverted ? src->last : cue.last;
    if (!quote_after(a, after, sent) && !quote_before(a, std::min(src->first, cue.first), sent)) {
      std::uint32_t start = skip_complementizer(after, sent.last);
      add_content(a, start, paraphrase_end(start, sent));
    }
    if (a.content.empty()) return false;
    out_.push_back(std::move(a));
    return true;
  }

  bool is_participle_opener(TokenRange cue, const Sentence& sent) const {
    std::uint32_t first_word = sent.first;
    while (first_word < sent.last && !doc_.is_word(first_word)) ++first_word;
    const std::string& w = doc_.lower(cue.first);
    return cue.first == first_word && w.size() > 4 && w.substr(w.size() - 3) == "ing";
  }

  /// "Calling it "a conspiracy theory," Trump told ...": the source opens the main clause,
  /// after a comma outside the quotes or one just inside a closing quote.
  bool participle(std::size_t s, TokenRange cue, const Cue* entry) {
    const Sentence& sent = doc_.sentences()[s];
    for (std::uint32_t i = cue.last; i + 1 < sent.last; ++i) {
      bool comma = doc_.is_punct(i, ',') && quote_at_[i] < 0;
      bool quoted_comma = doc_.token(i).kind == TokenKind::close_quote && doc_.is_punct(i - 1, ',');
      if (!comma && !quoted_comma) continue;
      auto src = noun_phrase_at(i + 1, sent.last);
      if (!src) continue;
      FoundAttribution a = make(s, cue, entry, *src);
      add_content(a, cue.last, comma ? i : i + 1);
      out_.push_back(std::move(a));
      return true;
    }
    return false;
  }

  /// The source ending right before the cue, skipping auxiliaries and adverbs.
  std::optional<TokenRange> source_before(std::uint32_t cue, std::uint32_t sent_first) const {
    std::uint32_t j = cue;
    int skipped = 0;
    while (j > sent_first && skipped < 3 && doc_.is_word(j - 1) &&
           is_verb_filler(doc_.lower(j - 1)) && mention_at_[j - 1] < 0) {
      --j;
      ++skipped;
    }
    if (j == sent_first || quote_at_[j - 1] >= 0) return std::nullopt;
    std::uint32_t last = j;
    if (mention_at_[last - 1] >= 0) return mention_range(mention_at_[last - 1]);
    const std::string& w = doc_.lower(last - 1);
    if (is_personal_pronoun(w) || w == "they" || w == "who" || w == "i" || w == "we")
      return TokenRange{last - 1, last};
    return common_noun_phrase(last, sent_first);
  }

  /// "a source", "the spokeswoman", "officials": a short lower-case noun phrase.
  std::optional<TokenRange> common_noun_phrase(std::uint32_t last, std::uint32_t sent_first) const {
    std::uint32_t j = last;
    while (j > sent_first && last - j < 4 && doc_.is_word(j - 1) &&
           !doc_.token(j - 1).capitalized && quote_at_[j - 1] < 0) {
      --j;
      if (is_determiner(doc_.lower(j))) return TokenRange{j, last};
    }
    if (last - 1 >= sent_first && doc_.is_word(last - 1) &&
        lex_.source_nouns.count(doc_.lower(last - 1)))
      return TokenRange{last - 1, last};
    return std::nullopt;
  }

  /// A mention, or a pronoun, starting at token `i`.
  std::optional<TokenRange> noun_phrase_at(std::uint32_t i, std::uint32_t end) const {
    if (i < end && doc_.lower(i) == "the" && i + 1 < end && mention_at_[i + 1] >= 0) ++i;
    if (i >= end) return std::nullopt;
    if (phrase_at_[i] >= 0) return mention_range(phrase_at_[i]);
    if (is_personal_pronoun(doc_.lower(i))) return TokenRange{i, i + 1};
    return std::nullopt;
  }

  /// A mention's token range, widened to its title and the title's modifier.
  TokenRange mention_range(int m) const {
    const Mention& mention = mentions_[m];
    std::uint32_t first = mention.title ? mention.title->first : mention.first;
    if (first > 0 && doc_.lower(first - 1) == "the") --first;
    return {first, mention.last};
  }

  bool quote_after(FoundAttribution& a, std::uint32_t after, const Sentence& sent) {
    std::uint32_t i = after;
    while (i < sent.last &&
           (doc_.is_punct(i, ',') || doc_.is_punct(i, ':') || doc_.lower(i) == "that"))
      ++i;
    if (i >= doc_.size() || quote_at_[i] < 0 || quotes_[quote_at_[i]].first != i) return false;
    const Quote& q = quotes_[quote_at_[i]];
    add_content(a, q.first, q.last);
    return true;
  }

  bool quote_before(FoundAttribution& a, std::uint32_t source_first, const Sentence& sent) {
    std::uint32_t i = source_first;
    while (i > sent.first && (doc_.is_punct(i - 1, ',') || doc_.is_punct(i - 1, ':'))) --i;
    if (i == 0 || quote_at_[i - 1] < 0) return false;
    const Quote& q = quotes_[quote_at_[i - 1]];
    if (q.last != i) return false;
    add_content(a, q.first, q.last);
    return true;
  }

  std::uint32_t skip_complementizer(std::uint32_t i, std::uint32_t end) const {
    while (i < end && (doc_.is_punct(i, ',') || doc_.is_punct(i, ':') || doc_.lower(i) == "that"))
      ++i;
    return i;
  }

  /// A paraphrase runs to the sentence end, or to a comma after which a new subject begins
  /// ("when he was encouraging Russia to hack Hillary Clinton, Donald Trump dismissed ...").
  std::uint32_t paraphrase_end(std::uint32_t start, const Sentence& sent) const {
    std::uint32_t end = doc_.words_end(sent);
    for (std::uint32_t i = start; i + 1 < end; ++i)
      if (doc_.is_punct(i, ',') && quote_at_[i] < 0 && mention_at_[i + 1] >= 0 &&
          mentions_[mention_at_[i + 1]].kind == EntityKind::person)
        return i;
    return end;
  }

  FoundAttribution make(std::size_t s, TokenRange cue, const Cue* entry, TokenRange source) {
    FoundAttribution a;
    a.sentence = s;
    a.cue = cue;
    a.cue_entry = entry;
    a.source = source;
    a.speaker = speaker_of(source);
    return a;
  }

  void add_content(FoundAttribution& a, std::uint32_t first, std::uint32_t last) {
    if (first < last) a.content.push_back({first, last});
  }

  std::optional<EntityIndex> speaker_of(TokenRange source) const {
    for (std::uint32_t i = source.last; i > source.first; --i) {
      int m = mention_at_[i - 1];
      if (m >= 0 && mentions_[m].head != "adjective") return resolver_.entity_of(m);
    }
    if (source.last - source.first == 1 && is_personal_pronoun(doc_.lower(source.first)))
      return person_before(source.first);
    return std::nullopt;
  }

  /// The most recent person mentioned before token `i`, outside quotations.
  std::optional<EntityIndex> person_before(std::uint32_t i) const {
    for (std::size_t m = mentions_.size(); m-- > 0;) {
      const Mention& mention = mentions_[m];
      if (mention.first >= i || mention.in_quote || mention.kind != EntityKind::person) continue;
      if (auto e = resolver_.entity_of(m); e && resolver_.entity(*e).kind == EntityKind::person)
        return e;
    }
    return std::nullopt;
  }

  /// Quotes no attribution claimed continue the closest earlier attribution in the paragraph
  /// (or in the paragraph before, when the quote opens its own paragraph).
  void attach_continued_quotes() {
    std::vector<bool> covered(doc_.size(), false);
    for (const auto& a : out_)
      for (const auto& c : a.content)
        std::fill(covered.begin() + c.first, covered.begin() + c.last, true);
    for (const Quote& q : quotes_) {
      if (covered[q.first]) continue;
      auto after = std::partition_point(out_.begin(), out_.end(), [&](const FoundAttribution& a) {
        return a.cue.first < q.first;
      });
      if (after == out_.begin()) continue;
      FoundAttribution& owner = *(after - 1);
      bool same = paragraph_[owner.cue.first] == paragraph_[q.first];
      bool next = paragraph_[owner.cue.first] + 1 == paragraph_[q.first] &&
                  doc_.token(q.first).newlines_before > 0;
      if ((same || next) && !owner.content.empty()) owner.content.push_back({q.first, q.last});
    }
  }

  /// An outlet as the source of an attribution carries the statements nested in its content.
  void attach_outlets() {
    std::vector<int> carrier(doc_.size(), -1);
    for (std::size_t k = 0; k < out_.size(); ++k) {
      const auto& a = out_[k];
      if (!a.speaker || resolver_.entity(*a.speaker).kind != EntityKind::outlet) continue;
      for (const auto& c : a.content)
        std::fill(carrier.begin() + c.first, carrier.begin() + c.last, static_cast<int>(k));
    }
    for (std::size_t k = 0; k < out_.size(); ++k) {
      int outer = carrier[out_[k].cue.first];
      if (outer < 0 || outer == static_cast<int>(k) || out_[k].outlet) continue;
      out_[k].outlet = out_[outer].speaker;
    }
  }

  const Document& doc_;
  const Lexicon& lex_;
  const std::vector<Mention>& mentions_;
  const std::vector<Quote>& quotes_;
  EntityResolver& resolver_;
  std::vector<int> mention_at_;  // token -> mention covering it
  std::vector<int> phrase_at_;   // token -> mention whose phrase (with its title) starts there
  std::vector<int> quote_at_;    // token -> quote covering it
  std::vector<std::uint32_t> paragraph_;  // token -> index of its line
  std::vector<FoundAttribution> out_;
};

}  // namespace

bool in_content(const FoundAttribution& a, std::uint32_t token) {
  return std::any_of(a.content.begin(), a.content.end(),
                     [&](const TokenRange& r) { return r.first <= token && token < r.last; });
}

std::vector<FoundAttribution> find_attributions(const Document& doc, const Lexicon& lex,
                                                const std::vector<Mention>& mentions,
                                                const std::vector<Quote>& quotes,
                                                EntityResolver& resolver) {
  return AttributionFinder(doc, lex, mentions, quotes, resolver).run();
}

}  // namespace claimgraph
