#include "graph/extract/attribution.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

namespace claimgraph {

namespace {

bool is_personal_pronoun(std::string_view w) { return w == "he" || w == "she"; }

/// Words that may stand between a source and its verb, and so join the cue: auxiliaries,
/// modals, negation, adverbs ("Zakharova later argued", "Cruz did not say", "could never say").
bool is_verb_filler(std::string_view w) {
  return w == "has" || w == "have" || w == "had" || w == "also" || w == "later" || w == "then" ||
         w == "again" || w == "once" || w == "would" || w == "will" || w == "did" || w == "does" ||
         w == "is" || w == "was" || w == "were" || w == "are" || w == "been" || w == "previously" ||
         w == "recently" || w == "further" || w == "first" || w == "not" || w == "n't" ||
         w == "never" || w == "often" || w == "always" || w == "long" || w == "ever" ||
         w == "already" || w == "still" || w == "even" || w == "now" || w == "do" || w == "can" ||
         w == "could" || w == "may" || w == "might" || w == "should" || w == "must" ||
         (w.size() > 4 && w.substr(w.size() - 2) == "ly");
}

/// Words that begin a noun phrase's modifiers, or show the next word is a noun ("their support").
bool is_possessive_or_article(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" ||
         w == "its" || w == "our" || w == "my" || w == "your" || w == "this" || w == "these" ||
         w == "those" || w == "'s" || w == "no" || w == "any" || w == "every" || w == "each";
}

/// Closed-class words that end a noun phrase when walking away from its head.
bool ends_noun_phrase(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "and",   "or",    "but",   "nor",   "that",    "which",     "who",     "whom",    "whose",
      "when",  "where", "while", "if",    "because", "as",        "than",    "to",      "in",
      "on",    "at",    "for",   "with",  "from",    "by",        "about",   "after",   "before",
      "since", "into",  "over",  "under", "it",      "is",        "was",     "were",    "are",
      "be",    "been",  "being", "has",   "have",    "had",       "do",      "does",    "did",
      "will",  "would", "can",   "could", "should",  "may",       "might",   "must",    "not",
      "n't",   "also",  "then",  "so",    "there",   "here",      "he",      "she",     "they",
      "we",    "i",     "you",   "him",   "them",    "us",        "me",      "what",    "how",
      "why",   "said",  "says",  "say",   "told",    "according", "even",    "just",    "only",
      "still", "now",   "yet",   "all",   "though",  "although",  "despite", "however", "meanwhile",
      "too"};
  return words.count(w) > 0;
}

/// Words that open an adverbial phrase between a subject and its verb.
bool is_adverbial_opener(std::string_view w) {
  return w == "after" || w == "before" || w == "in" || w == "on" || w == "at" || w == "during" ||
         w == "meanwhile" || w == "however" || w == "though" || w == "for" || w == "by" ||
         w == "with" || w == "as" || w == "when" || w == "while" || w == "since" || w == "too" ||
         w == "also" || w == "then" || w == "now" || w == "still" || w == "like" || w == "unlike" ||
         w == "despite";
}

/// Pronouns PolNeAR takes as sources on their own.
bool is_pronoun_source(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "who" || w == "i" || w == "we" ||
         w == "it" || w == "which" || w == "you";
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
        quote_at_(doc.size(), -1),
        people_(person_mentions()) {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      // A titled name is one phrase from its title's modifier on: "Trump spokesperson Hope Hicks".
      std::uint32_t start = mentions_[m].title ? mentions_[m].title->first : mentions_[m].first;
      if (phrase_at_[start] < 0 || mentions_[m].title) phrase_at_[start] = static_cast<int>(m);
    }
    for (std::size_t q = 0; q < quotes_.size(); ++q)
      for (auto i = quotes_[q].first; i < quotes_[q].last; ++i) quote_at_[i] = static_cast<int>(q);
    if (!lex.cue_model.empty()) features_.emplace(doc, mention_at_, quote_at_);
  }

  std::vector<FoundAttribution> run() {
    for (std::size_t s = 0; s < doc_.sentences().size(); ++s) {
      bool headline = is_headline(doc_.sentences()[s]);
      if (doc_.sentences()[s].prose || headline) scan(s, headline);
    }
    drop_nested();
    attach_continued_quotes();
    attach_outlets();
    for (const auto& a : out_)
      if (a.speaker) resolver_.mark_used(*a.speaker);
    return std::move(out_);
  }

 private:
  /// Finds the attributions of sentence `s`; in a `headline` capitalized words may be cues.
  void scan(std::size_t s, bool headline) {
    const Sentence& sent = doc_.sentences()[s];
    for (std::uint32_t i = sent.first; i < sent.last; ++i) {
      if (quote_at_[i] >= 0) continue;
      if (auto published = publication_cue(i, sent)) {
        if (verb_cue(s, *published, &kPublicationCue)) {
          i = published->last - 1;
          if (doc_.is_punct(published->last, ':')) content_to_end(out_.back(), published->last + 1);
        }
        continue;
      }
      auto cue = lex_.attribution_cues.match(doc_, i, sent.last);
      if (!cue || cue.value->type == CueType::noun) {  // the lexicon's noun cues: the model's call
        if (learned_cue(i, sent, cue.value)) {
          TokenRange range{i, i + 1};
          if (verb_cue(s, range, &kLearnedCue)) i = range.last - 1;
        }
        continue;
      }
      if (!plausible_cue(i, sent, *cue.value, headline) || model_rejects(i, sent, cue.value))
        continue;
      TokenRange range{i, i + static_cast<std::uint32_t>(cue.length)};
      bool found = cue.value->type == CueType::prep ? according_to(s, range, cue.value)
                                                    : verb_cue(s, range, cue.value);
      if (found) i = range.last - 1;
    }
  }

  /// The entry of cues made of a publishing verb and its report noun.
  static inline const Cue kPublicationCue{CueType::verb, "publish"};

  /// "CNN had an ominous headline today:", "The Times ran a story saying": a verb of
  /// publishing whose object is a report noun, with what it says after a colon or "saying",
  /// is one cue up to that noun (PolNeAR's "ran a piece that noted", "published a story
  /// detailing"). A time word or a parenthetical before the colon joins the cue.
  std::optional<TokenRange> publication_cue(std::uint32_t i, const Sentence& sent) const {
    if (!is_publishing_verb(doc_.lower(i)) || i + 2 >= sent.last ||
        !is_possessive_or_article(doc_.lower(i + 1)))
      return std::nullopt;
    std::uint32_t noun = i + 2;
    while (noun < sent.last && noun < i + 6 && doc_.is_word(noun) && mention_at_[noun] < 0 &&
           !is_report_noun(doc_.lower(noun)))
      ++noun;
    if (noun >= sent.last || !is_report_noun(doc_.lower(noun))) return std::nullopt;
    std::uint32_t last = noun + 1;
    if (last < sent.last && is_time_word(doc_.lower(last))) ++last;
    if (last < sent.last && doc_.is_punct(last, '(')) last = after_parenthetical(last, sent.last);
    if (last >= sent.last) return std::nullopt;
    std::string_view next = doc_.lower(last);
    if (next == ":" || next == "saying") return TokenRange{i, last};
    return std::nullopt;
  }

  /// After a colon a headline or summary runs to its sentence's end, commas and all.
  void content_to_end(FoundAttribution& a, std::uint32_t first) {
    std::uint32_t end = doc_.words_end(doc_.sentences()[a.sentence]);
    if (first >= end) return;
    a.content.clear();
    add_content(a, first, end);
  }

  /// Past and present forms of verbs that put a report before readers.
  static bool is_publishing_verb(std::string_view w) {
    return w == "ran" || w == "runs" || w == "published" || w == "publishes" || w == "carried" ||
           w == "carries" || w == "had" || w == "has" || w == "aired" || w == "airs" ||
           w == "posted" || w == "posts" || w == "printed" || w == "featured";
  }

  /// Nouns naming a published report.
  static bool is_report_noun(std::string_view w) {
    return w == "headline" || w == "story" || w == "article" || w == "piece" || w == "report" ||
           w == "editorial" || w == "column" || w == "segment" || w == "headlines" ||
           w == "stories";
  }

  /// "today", "tonight", a weekday: a time word after a report noun.
  static bool is_time_word(std::string_view w) {
    return w == "today" || w == "tonight" || w == "yesterday" || is_weekday(w);
  }

  /// One past the ")" closing the "(" at `open`, or `end` when it is not closed.
  std::uint32_t after_parenthetical(std::uint32_t open, std::uint32_t end) const {
    for (std::uint32_t k = open + 1; k < end; ++k)
      if (doc_.is_punct(k, ')')) return k + 1;
    return end;
  }

  /// The entry of cues the model finds outside the lexicon.
  static inline const Cue kLearnedCue{CueType::verb, ""};

  /// The cue model's log-odds that candidate token `i` is a cue; `lexical` is the lexicon's match.
  float model_score(std::uint32_t i, const Sentence& sent, const Cue* lexical) const {
    CueFeatures::Ids ids;
    std::size_t n = features_->extract(i, sent, lexicon_verdict(lexical), ids);
    return lex_.cue_model.score(ids, n);
  }

  /// True when the model makes token `i`, which no verb or preposition of the lexicon starts,
  /// a cue: "believes", "argued", "in an interview".
  bool learned_cue(std::uint32_t i, const Sentence& sent, const Cue* lexical) const {
    return features_ && features_->candidate(i, sent) &&
           lex_.cue_model.passes_gate(features_->word_feature(i)) &&
           model_score(i, sent, lexical) > lex_.cue_model.add_threshold;
  }

  /// True when the model scores a lexicon cue too low to keep.
  bool model_rejects(std::uint32_t i, const Sentence& sent, const Cue* lexical) const {
    return features_ && lex_.cue_model.drop_threshold > -1e8f && features_->candidate(i, sent) &&
           model_score(i, sent, lexical) < lex_.cue_model.drop_threshold;
  }

  /// A headline in title case ("Trump Says He Will Win"): most of its words are capitalized.
  bool is_headline(const Sentence& sent) const {
    int words = 0, caps = 0;
    for (std::uint32_t i = sent.first; i < sent.last; ++i) {
      if (!doc_.is_word(i)) continue;
      ++words;
      caps += doc_.token(i).capitalized;
    }
    return words >= 4 && caps * 4 >= words * 3;
  }

  /// After an article or a possessive, a cue word is a noun: "their support", "the show". Not
  /// so after a number or quantifier: "two in three said", "many mention" are poll sources.
  bool follows_determiner(std::uint32_t i) const {
    return is_possessive_or_article(doc_.lower(i - 1));
  }

  /// A cue word used as a cue: not part of a name ("United States") unless the sentence is a
  /// title-case headline, not a noun after an article or possessive ("their support").
  bool plausible_cue(std::uint32_t i, const Sentence& sent, const Cue& cue, bool headline) const {
    if (mention_at_[i] >= 0) return false;
    if (doc_.token(i).capitalized && i != doc_.first_word(sent) && !headline) return false;
    if (cue.type == CueType::verb && i > sent.first && follows_determiner(i)) return false;
    // "Hundreds more showed up": with "up" the verb means something else.
    if (i + 1 < sent.last && doc_.lower(i + 1) == "up") return false;
    return !names_a_thing(i, sent);
  }

  /// "a competition called the House to Home Prize": "called" after an indefinite noun phrase
  /// gives a name; it reports nothing.
  bool names_a_thing(std::uint32_t i, const Sentence& sent) const {
    std::string_view w = doc_.lower(i);
    if (w != "called" && w != "named" && w != "dubbed" && w != "titled") return false;
    auto np = np_before(i, sent.first);
    return np && (doc_.lower(np->first) == "a" || doc_.lower(np->first) == "an");
  }

  /// "According to X, ..." and "..., according to X."
  bool according_to(std::size_t s, TokenRange cue, const Cue* entry) {
    const Sentence& sent = doc_.sentences()[s];
    auto src = noun_phrase_at(cue.last, sent.last);
    if (!src) src = np_after(cue.last, sent.last);
    if (!src) return false;
    FoundAttribution a = make(s, cue, entry, *src);
    if (cue.first <= doc_.first_word(sent) + 1) {
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
    std::uint32_t fillers = filler_start(cue.first, sent.first);
    // "the party seemed to acknowledge": a raising verb before a cue verb makes one cue.
    if (is_raising(cue) && cue.last + 1 < sent.last && doc_.lower(cue.last) == "to") {
      auto inner = lex_.attribution_cues.match(doc_, cue.last + 1, sent.last);
      if (inner.value && inner.value->type == CueType::verb)
        cue.last += 1 + static_cast<std::uint32_t>(inner.length);
    }
    bool raising_alone = is_raising(cue) && cue.last == cue.first + 1;
    if (is_passive(fillers, cue) || raising_alone) return sourceless(s, {fillers, cue.last}, entry);
    if (cue.first == doc_.first_word(sent) && doc_.lower(cue.first) == "asked")
      return asked(s, cue, entry);
    if (auto shared = shared_source(s, {fillers, cue.last})) {
      cue.first = fillers;  // "and later said"
      FoundAttribution a = make(s, cue, entry, shared->source);
      a.speaker = shared->speaker;
      add_contents(a, cue.first, cue.last, sent);
      if (a.content.empty()) return false;
      out_.push_back(std::move(a));
      return true;
    }
    std::optional<TokenRange> src =
        source_before(time_phrase_start(fillers, sent.first), sent.first);
    bool inverted = false;
    if (src) {
      cue.first = fillers;  // PolNeAR's cues carry their auxiliaries: "has said", "also said"
    } else if (cue.first > sent.first &&
               (doc_.is_punct(cue.first - 1, ',') ||
                doc_.token(cue.first - 1).kind == TokenKind::close_quote)) {
      src = noun_phrase_at(cue.last, sent.last);
      if (!src) src = np_after(cue.last, sent.last);
      // "Cruz (R-Texas), also a GOP hopeful, called the KKK ...": when no phrase after the cue
      // ends the clause, the source is the sentence's opening phrase.
      if ((!src || !ends_clause(src->last, sent)) && doc_.is_punct(cue.first - 1, ','))
        if (auto opening = opening_phrase(cue.first - 1, sent)) src = opening;
      inverted = src && src->first >= cue.last;
      if (inverted) src = with_closing_appositive(*src, sent);
    }
    cue.last = statement_tail(cue.last, sent.last);
    if (!src && is_participle_opener(cue, sent)) return participle(s, cue, entry);
    if (!src) return false;
    FoundAttribution a = make(s, cue, entry, *src);
    std::uint32_t after = inverted ? src->last : cue.last;
    add_contents(a, std::min(src->first, cue.first), after, sent);
    if (a.content.empty()) add_block_content(a, s);
    if (a.content.empty()) return false;
    out_.push_back(std::move(a));
    return true;
  }

  /// "The Associated Press reports:" closing its sentence: what it reports is the paragraph
  /// after the colon (a block quotation on the web), up to the next line break.
  void add_block_content(FoundAttribution& a, std::size_t s) {
    const auto& sentences = doc_.sentences();
    if (!doc_.is_punct(sentences[s].last - 1, ':') || s + 1 >= sentences.size()) return;
    std::size_t end = doc_.paragraph_end(s + 1);
    add_content(a, sentences[s + 1].first, doc_.words_end(sentences[end - 1]));
  }

  /// The words from the sentence start to the comma at `comma`, when they hold a mention and
  /// no quotation.
  std::optional<TokenRange> opening_phrase(std::uint32_t comma, const Sentence& sent) const {
    std::uint32_t first = doc_.first_word(sent);
    if (first >= comma || comma - first > 40) return std::nullopt;
    bool named = false;
    for (std::uint32_t i = first; i < comma; ++i) {
      if (quote_at_[i] >= 0) return std::nullopt;
      named = named || mention_at_[i] >= 0;
    }
    if (!named) return std::nullopt;
    return TokenRange{first, comma};
  }

  /// "..., said Rita Katz, the director of SITE Intelligence Group.": an inverted source takes
  /// the appositive that closes the sentence, unless another report follows (", adding ...").
  TokenRange with_closing_appositive(TokenRange src, const Sentence& sent) const {
    std::uint32_t end = doc_.words_end(sent);
    if (src.last + 1 >= end || !doc_.is_punct(src.last, ',') || ends_at_report(src.last + 1, end))
      return src;
    for (std::uint32_t i = src.last + 1; i < end; ++i)
      if (quote_at_[i] >= 0 || doc_.is_punct(i, ';')) return src;
    return {src.first, end};
  }

  /// True when token `i` ends the clause: an inverted source ("..., said Ted Cruz.") is the
  /// last phrase before the sentence end or a comma, not the subject of the content.
  bool ends_clause(std::uint32_t i, const Sentence& sent) const {
    return i >= doc_.words_end(sent) || doc_.is_punct(i, ',') || doc_.is_punct(i, ';') ||
           doc_.is_punct(i, ':') || doc_.is_punct(i, '(');
  }

  /// "is expected", "was announced": a passive cue; PolNeAR gives it no source but its agent.
  bool is_passive(std::uint32_t fillers, TokenRange cue) const {
    for (std::uint32_t i = fillers; i < cue.first; ++i) {
      std::string_view w = doc_.lower(i);
      if (w == "is" || w == "was" || w == "were" || w == "are" || w == "been" || w == "be") {
        std::string_view verb = doc_.lower(cue.first);
        return verb.ends_with("ed") || verb.ends_with("en") || verb == "told" || verb == "said";
      }
    }
    return false;
  }

  /// "appears", "seemed": verbs whose subject is not a source.
  bool is_raising(TokenRange cue) const {
    std::string_view w = doc_.lower(cue.first);
    return w.starts_with("appear") || w.starts_with("seem");
  }

  /// "Asked whether Clinton “has the integrity ...,” 58 percent said no.": the question is the
  /// content of a sourceless attribution, up to the comma that closes it.
  bool asked(std::size_t s, TokenRange cue, const Cue* entry) {
    const Sentence& sent = doc_.sentences()[s];
    for (std::uint32_t i = cue.last; i < sent.last; ++i) {
      if (!closes_opening_phrase(i)) continue;
      FoundAttribution a = make(s, cue, entry, std::nullopt);
      add_content(a, cue.last, doc_.is_punct(i, ',') ? i : i + 1);
      out_.push_back(std::move(a));
      return true;
    }
    return false;
  }

  /// An attribution with no source: the content follows the cue.
  bool sourceless(std::size_t s, TokenRange cue, const Cue* entry) {
    const Sentence& sent = doc_.sentences()[s];
    // A passive's agent, without its "by", is its source: "was criticized by several people".
    std::optional<TokenRange> agent;
    if (cue.last + 1 < sent.last && doc_.lower(cue.last) == "by") {
      if (auto np = np_after(cue.last + 1, sent.last)) agent = np;
    }
    FoundAttribution a = make(s, cue, entry, agent);
    // "The baby is expected to arrive": PolNeAR's content is the subject and the complement;
    // "The plan was criticized by ...": with an agent, the subject alone.
    auto subject = subject_before(cue.first, sent);
    if (subject) add_content(a, subject->first, subject->last);
    if (subject && agent) {
      out_.push_back(std::move(a));
      return true;
    }
    add_contents(a, cue.first, agent ? agent->last : cue.last, sent);
    if (a.content.size() == (subject ? 1 : 0)) return false;
    out_.push_back(std::move(a));
    return true;
  }

  /// The plain subject opening the sentence before token `end`: no comma, quote or other
  /// punctuation on the way.
  std::optional<TokenRange> subject_before(std::uint32_t end, const Sentence& sent) const {
    std::uint32_t first = doc_.first_word(sent);
    if (end <= first || end - first > 12) return std::nullopt;
    for (std::uint32_t i = first; i < end; ++i)
      if (quote_at_[i] >= 0 || !doc_.is_word(i)) return std::nullopt;
    return TokenRange{first, end};
  }

  /// "..., Anderson said, adding that ..." and "X noted ... and added": a participle after a
  /// comma, or a verb after "and", shares the source of the attribution before it in the
  /// sentence, or else has the sentence's subject (its first mention) as source.
  std::optional<FoundAttribution> shared_source(std::size_t s, TokenRange cue) const {
    if (cue.first == 0) return std::nullopt;
    std::string_view before = doc_.lower(cue.first - 1);
    bool participle = doc_.lower(cue.first).ends_with("ing") &&
                      (doc_.is_punct(cue.first - 1, ',') || is_participle_preposition(before));
    bool coordinated = doc_.lower(cue.first - 1) == "and" || doc_.lower(cue.first - 1) == "but";
    if (!participle && !coordinated) return std::nullopt;
    for (auto it = out_.rbegin(); it != out_.rend() && it->sentence == s; ++it)
      if (it->source && it->cue.last <= cue.first) return *it;
    const Sentence& sent = doc_.sentences()[s];
    for (std::uint32_t i = sent.first; i < cue.first; ++i) {
      if (quote_at_[i] >= 0) continue;
      std::optional<TokenRange> source;
      if (mention_at_[i] >= 0) {
        source = mention_range(mention_at_[i]);
      } else if (is_personal_pronoun(doc_.lower(i)) || doc_.lower(i) == "they") {
        source = TokenRange{i, i + 1};
      }
      if (!source) continue;
      if (in_prepositional_phrase(source->first, sent.first)) {
        i = std::max(i, source->last - 1);
        continue;
      }
      FoundAttribution subject;
      subject.source = source;
      subject.speaker = speaker_of(*subject.source);
      return subject;
    }
    return std::nullopt;
  }

  /// Prepositions before a participle whose subject is the sentence's: "by saying", "while
  /// mocking".
  static bool is_participle_preposition(std::string_view w) {
    return w == "by" || w == "while" || w == "after" || w == "before" || w == "when" ||
           w == "without";
  }

  /// A name after a preposition ("in Beaumont", "of the Muslim community") is no subject.
  bool in_prepositional_phrase(std::uint32_t i, std::uint32_t sent_first) const {
    std::uint32_t j = i;
    if (j > sent_first && doc_.lower(j - 1) == "the") --j;
    return j > sent_first && is_preposition(doc_.lower(j - 1));
  }

  /// Prepositions that put the name after them out of subject position.
  static bool is_preposition(std::string_view w) {
    return w == "in" || w == "of" || w == "from" || w == "at" || w == "on" || w == "by" ||
           w == "with" || w == "to" || w == "for" || w == "about" || w == "against" ||
           w == "into" || w == "over" || w == "than" || w == "like" || w == "toward";
  }

  /// The end of a sentence-opening phrase ("Asked whether ...,", "Calling it “ridiculous,”"):
  /// a comma outside quotes, or a closing quote right after a comma.
  bool closes_opening_phrase(std::uint32_t i) const {
    if (doc_.is_punct(i, ',')) return quote_at_[i] < 0;
    return i > 0 && doc_.token(i).kind == TokenKind::close_quote && doc_.is_punct(i - 1, ',');
  }

  bool is_participle_opener(TokenRange cue, const Sentence& sent) const {
    std::string_view w = doc_.lower(cue.first);
    return cue.first == doc_.first_word(sent) && w.size() > 4 && w.ends_with("ing");
  }

  /// "Calling it "a conspiracy theory," Trump told ...": the source opens the main clause,
  /// after a comma outside the quotes or one just inside a closing quote.
  bool participle(std::size_t s, TokenRange cue, const Cue* entry) {
    const Sentence& sent = doc_.sentences()[s];
    for (std::uint32_t i = cue.last; i + 1 < sent.last; ++i) {
      if (!closes_opening_phrase(i)) continue;
      auto src = noun_phrase_at(i + 1, sent.last);
      if (!src) continue;
      FoundAttribution a = make(s, cue, entry, *src);
      add_content(a, cue.last, doc_.is_punct(i, ',') ? i : i + 1);
      out_.push_back(std::move(a));
      return true;
    }
    return false;
  }

  /// Where the auxiliaries and adverbs in front of a cue begin ("has", "also", "later").
  std::uint32_t filler_start(std::uint32_t cue, std::uint32_t sent_first) const {
    std::uint32_t j = cue;
    int skipped = 0;
    while (j > sent_first && skipped < 3 && doc_.is_word(j - 1) &&
           is_verb_filler(doc_.lower(j - 1)) && mention_at_[j - 1] < 0) {
      --j;
      ++skipped;
    }
    return j;
  }

  /// "said in a statement", "said Tuesday": the cue takes the medium or day along (PolNeAR
  /// leaves "in an interview" out of the cue more often than in).
  std::uint32_t statement_tail(std::uint32_t last, std::uint32_t end) const {
    if (last + 2 < end && doc_.lower(last) == "in" &&
        (doc_.lower(last + 1) == "a" || doc_.lower(last + 1) == "an")) {
      std::string_view w = doc_.lower(last + 2);
      if (w == "statement" || w == "tweet" || w == "letter") return last + 3;
    }
    if (last < end && is_weekday(doc_.lower(last))) return last + 1;  // "said Tuesday"
    return last;
  }

  /// Where a time phrase between a subject and its verb begins ("Clinton on Tuesday said",
  /// "the group this week published"); `end` when there is none. It belongs to neither.
  std::uint32_t time_phrase_start(std::uint32_t end, std::uint32_t sent_first) const {
    std::uint32_t j = end;
    auto word = [&](std::uint32_t k) -> std::string_view {
      return k > sent_first ? std::string_view(doc_.lower(k - 1)) : std::string_view();
    };
    if (is_day_part(word(j)) && is_weekday(word(j - 1))) --j;
    if (is_weekday(word(j))) {
      --j;
      if (word(j) == "on") --j;
    } else if ((word(j) == "week" || word(j) == "month") &&
               (word(j - 1) == "this" || word(j - 1) == "last")) {
      j -= 2;
    }
    return j;
  }

  /// "night" in "Tuesday night": part of a time phrase.
  static bool is_day_part(std::string_view w) {
    return w == "night" || w == "morning" || w == "afternoon" || w == "evening";
  }

  static bool is_weekday(std::string_view w) {
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
           w == "friday" || w == "saturday" || w == "sunday";
  }

  /// The source ending right before `end` (the cue, after its fillers): a mention, a
  /// pronoun, a noun phrase, or a noun phrase with its appositive ("Murphy, the head of ...,").
  std::optional<TokenRange> source_before(std::uint32_t end, std::uint32_t sent_first) const {
    if (end == sent_first || quote_at_[end - 1] >= 0) return std::nullopt;
    if (doc_.is_punct(end - 1, ',')) {
      if (auto src = appositive_before(end - 1, sent_first)) return src;
      return opening_appositive(end - 1, sent_first);
    }
    if (doc_.is_punct(end - 1, ')')) return bracketed_before(end - 1, sent_first);
    if (mention_at_[end - 1] >= 0)
      return extend_left(mention_range(mention_at_[end - 1]), sent_first);
    if (is_pronoun_source(doc_.lower(end - 1))) return TokenRange{end - 1, end};
    return np_before(end, sent_first);
  }

  /// "Dunwoody, who worked for Obama in the 2008 primary and on into the general election,
  /// said": a name opening the sentence, with an appositive too long for appositive_before.
  std::optional<TokenRange> opening_appositive(std::uint32_t comma,
                                               std::uint32_t sent_first) const {
    std::uint32_t first = sent_first;
    while (first < comma && !doc_.is_word(first)) ++first;
    auto head = noun_phrase_at(first, comma);
    if (!head || head->last >= comma || !doc_.is_punct(head->last, ',') || comma - first > 40)
      return std::nullopt;
    return TokenRange{head->first, comma + 1};
  }

  /// "Sen. Marco Rubio (R-Fla.) said": the name with its bracketed party and state.
  std::optional<TokenRange> bracketed_before(std::uint32_t close, std::uint32_t sent_first) const {
    std::uint32_t open = close;
    while (open > sent_first && !doc_.is_punct(open, '(') && close - open < 8) --open;
    if (!doc_.is_punct(open, '(') || open == 0 || mention_at_[open - 1] < 0) return std::nullopt;
    TokenRange head = extend_left(mention_range(mention_at_[open - 1]), sent_first);
    return TokenRange{head.first, close + 1};
  }

  /// "Doug Usher, director of research at Widmeyer Communications," before a cue.
  std::optional<TokenRange> appositive_before(std::uint32_t comma, std::uint32_t sent_first) const {
    std::uint32_t end = comma;
    auto inner = np_before(end, sent_first);
    if (!inner || inner->first <= sent_first + 1 || !doc_.is_punct(inner->first - 1, ','))
      return parenthetical_before(comma, sent_first);
    std::uint32_t head_end = inner->first - 1;
    return head_before(head_end, comma, true);
  }

  /// The mention ending before `head_end`, with the appositive up to `comma` when
  /// `appositive` says so.
  std::optional<TokenRange> head_before(std::uint32_t head_end, std::uint32_t comma,
                                        bool appositive) const {
    if (head_end == 0) return std::nullopt;
    std::optional<TokenRange> head;
    if (mention_at_[head_end - 1] >= 0) head = mention_range(mention_at_[head_end - 1]);
    if (!head && is_pronoun_source(doc_.lower(head_end - 1)))
      head = TokenRange{head_end - 1, head_end};
    if (!head) return std::nullopt;
    if (!appositive) return head;
    // "Sarandon, 69, told": an age is no part of the source.
    std::uint32_t inner_first = head_end + 1;
    bool age = comma - inner_first == 1 &&
               std::isdigit(static_cast<unsigned char>(doc_.lower(inner_first)[0]));
    if (age) return head;
    return TokenRange{head->first, comma + 1};
  }

  /// "Sexton, after previous Trump rallies, wrote": the subject before a phrase set off by
  /// commas. PolNeAR keeps an appositive or relative clause in the source ("Doug Usher,
  /// director of research at Widmeyer,"; "Mr. Brown, who has ...,"), not an adverbial phrase.
  std::optional<TokenRange> parenthetical_before(std::uint32_t comma,
                                                 std::uint32_t sent_first) const {
    for (std::uint32_t i = comma; i > sent_first + 1 && comma - i < 16; --i) {
      if (quote_at_[i - 1] >= 0) return std::nullopt;
      if (!doc_.is_punct(i - 1, ',')) continue;
      std::string_view opener = doc_.lower(i);
      bool adverbial = is_adverbial_opener(opener) || opener.ends_with("ly");
      return head_before(i - 1, comma, !adverbial);
    }
    return std::nullopt;
  }

  /// Widens a mention's range over modifiers in front of it ("undecided Republican voter").
  TokenRange extend_left(TokenRange r, std::uint32_t sent_first) const {
    if (auto np = np_before(r.first, sent_first);
        np && np->last == r.first && np->last - np->first <= 4) {
      // Modifiers: words and names of organisations or places ("Former Arkansas Gov.",
      // "Republican presidential hopeful"), but not another person.
      bool modifiers = true;
      for (auto i = np->first; i < np->last; ++i)
        modifiers = modifiers && doc_.is_word(i) &&
                    (mention_at_[i] < 0 || mentions_[mention_at_[i]].kind != EntityKind::person);
      if (modifiers) r.first = np->first;
    }
    // "A spokesman for the campaign", "Joel Pollak of Breitbart California".
    if (r.first > sent_first + 1 &&
        (doc_.lower(r.first - 1) == "for" || doc_.lower(r.first - 1) == "of")) {
      if (auto np = np_before(r.first - 1, sent_first); np && np->last == r.first - 1)
        r.first = np->first;
    }
    return r;
  }

  /// A noun phrase ending at `end`: walks left over words until a closed-class word, a
  /// punctuation mark or a quote; stops after an article or possessive pronoun.
  std::optional<TokenRange> np_before(std::uint32_t end, std::uint32_t sent_first) const {
    std::uint32_t j = end;
    while (j > sent_first && end - j < 8) {
      std::uint32_t t = j - 1;
      if (quote_at_[t] >= 0 || !doc_.is_word(t)) break;
      std::string_view w = doc_.lower(t);
      if (w != "'s" && ends_noun_phrase(w)) break;
      if (w == "of" && j == end) break;
      j = t;
      if (is_possessive_or_article(w) && w != "'s") break;
    }
    if (j == end) return std::nullopt;
    std::string_view head = doc_.lower(end - 1);
    if (head == "'s" || is_possessive_or_article(head) || ends_noun_phrase(head))
      return std::nullopt;
    return TokenRange{j, end};
  }

  /// A noun phrase starting at `i` (an inverted source: "said six-million people").
  std::optional<TokenRange> np_after(std::uint32_t i, std::uint32_t end) const {
    std::uint32_t j = i;
    while (j < end && j - i < 12 && doc_.is_word(j) && quote_at_[j] < 0) {
      std::string_view w = doc_.lower(j);
      // A prepositional phrase stays with its noun: "a new article in Politico".
      bool preposition = j > i && (w == "of" || w == "in" || w == "from" || w == "by" || w == "at");
      if (!preposition && ends_noun_phrase(w) && !(j == i && is_possessive_or_article(w))) break;
      if (lex_.stop_caps.count(w) && doc_.token(j).capitalized) break;
      ++j;
    }
    if (j == i) return std::nullopt;
    return TokenRange{i, j};
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
    if (i >= sent.last || quote_at_[i] < 0 || quotes_[quote_at_[i]].first != i) return false;
    const Quote& q = quotes_[quote_at_[i]];
    if (i > after && doc_.lower(i - 1) == "that") {
      // "said that “...” and ...": a paraphrase quoting its source; PolNeAR's content keeps
      // the "that" and the rest of the clause.
      add_content(a, i - 1, std::max(q.last, paraphrase_end(i - 1, sent)));
      return true;
    }
    add_content(a, q.first, q.last);
    return true;
  }

  bool quote_before(FoundAttribution& a, std::uint32_t source_first, const Sentence& sent) {
    std::uint32_t i = source_first;
    while (i > sent.first && (doc_.is_punct(i - 1, ',') || doc_.is_punct(i - 1, ':'))) --i;
    // The quote must end in this sentence, or just before it in the same paragraph
    // ("... missing.” Trump said.").
    if (i == 0 || quote_at_[i - 1] < 0) return false;
    if (i == sent.first && doc_.token(i).newlines_before > 0) return false;
    const Quote& q = quotes_[quote_at_[i - 1]];
    if (q.last != i) return false;
    add_content(a, q.first, q.last);
    return true;
  }

  /// Content starts after separating punctuation; PolNeAR keeps a "that" in the content.
  std::uint32_t skip_complementizer(std::uint32_t i, std::uint32_t end) const {
    while (i < end && (doc_.is_punct(i, ',') || doc_.is_punct(i, ':'))) ++i;
    return i;
  }

  /// A paraphrase runs to the sentence end, or to a comma after which a new subject begins
  /// ("when he was encouraging Russia to hack Hillary Clinton, Donald Trump dismissed ...").
  std::uint32_t paraphrase_end(std::uint32_t start, const Sentence& sent) const {
    std::uint32_t end = doc_.words_end(sent);
    for (std::uint32_t i = start; i + 1 < end; ++i) {
      // "... a “burn bag,” the Times reported": a report after a quoted phrase ends it too.
      if (quote_at_[i] >= 0 && closes_opening_phrase(i) && ends_at_report(i + 1, end)) return i;
      if (quote_at_[i] >= 0) continue;
      // A semicolon or a dash starts another clause.
      if (i > start && (doc_.is_punct(i, ';') || doc_.token(i).kind == TokenKind::dash)) return i;
      // "... the deal and said it would fail": a verb joined to the cue's reports anew.
      if (i > start && is_coordinator(doc_.lower(i)) && coordinated_cue(i + 1, end)) return i;
      if (!doc_.is_punct(i, ',')) continue;
      if (mention_at_[i + 1] >= 0 && mentions_[mention_at_[i + 1]].kind == EntityKind::person)
        return i;
      // ", while 9 percent found ...", ", but Cook did not say", ", who was his chief of staff".
      if (i > start && is_clause_opener(doc_.lower(i + 1))) return i;
      if (i > start && ends_at_report(i + 1, end)) return i;
    }
    return end;
  }

  /// Words that open a new clause after a comma, ending a paraphrase.
  static bool is_clause_opener(std::string_view w) {
    return w == "but" || w == "while" || w == "however" || w == "although" || w == "though" ||
           w == "whereas" || w == "who" || w == "which";
  }

  /// A cue after a comma ends a paraphrase: ", saying ...", ", according to ...", or with a
  /// short subject, ", the Times reported", ", he said".
  bool ends_at_report(std::uint32_t i, std::uint32_t end) const {
    if (lex_.attribution_cues.match(doc_, i, end).value) return true;
    for (std::uint32_t j = i + 1; j < end && j <= i + 4; ++j) {
      if (!doc_.is_word(j - 1) || quote_at_[j - 1] >= 0) return false;
      auto cue = lex_.attribution_cues.match(doc_, j, end);
      if (cue.value && cue.value->type == CueType::verb)
        return mention_at_[j - 1] >= 0 || is_pronoun_source(doc_.lower(j - 1));
    }
    return false;
  }

  /// Conjunctions that join a second verb to the cue's subject.
  static bool is_coordinator(std::string_view w) { return w == "and" || w == "but"; }

  /// A cue verb at `i`, after auxiliaries or adverbs ("and later said").
  bool coordinated_cue(std::uint32_t i, std::uint32_t end) const {
    std::uint32_t j = i;
    while (j < end && j < i + 3 && is_verb_filler(doc_.lower(j))) ++j;
    auto cue = lex_.attribution_cues.match(doc_, j, end);
    return cue.value && cue.value->type == CueType::verb;
  }

  /// Where a paraphrase starts: at a "that" within the first words after the cue ("told
  /// Megyn Kelly that ...", "said in March that ..."), else after a recipient ("told
  /// Breitbart News he'd ..."), else right after the cue.
  std::uint32_t paraphrase_start(std::uint32_t after, const Sentence& sent) const {
    std::uint32_t start = skip_complementizer(after, sent.last);
    for (std::uint32_t i = start; i < sent.last && i < start + 12; ++i) {
      if (quote_at_[i] >= 0 || doc_.is_punct(i, ',') || doc_.is_punct(i, ';')) break;
      if (doc_.lower(i) != "that") continue;
      // "rejected the idea that ...": the noun's clause is part of the content.
      if (i > start && takes_clause(doc_.lower(i - 1))) break;
      return i;
    }
    if (after > 0 && takes_recipient(doc_.lower(after - 1)) && start < sent.last) {
      if (mention_at_[start] >= 0) return mentions_[mention_at_[start]].last;
      if (is_bare_recipient(doc_.lower(start))) return start + 1;
    }
    return start;
  }

  /// Nouns whose "that" clause completes them: "the idea that", "the fact that".
  static bool takes_clause(std::string_view w) {
    return w == "idea" || w == "notion" || w == "fact" || w == "suggestion" || w == "argument" ||
           w == "possibility" || w == "view" || w == "belief" || w == "claim" || w == "claims" ||
           w == "assertion" || w == "theory" || w == "prospect" || w == "impression" ||
           w == "perception" || w == "premise" || w == "narrative";
  }

  static bool takes_recipient(std::string_view w) {
    return w == "told" || w == "tells" || w == "tell" || w == "telling" || w == "urged" ||
           w == "urges" || w == "reminded" || w == "assured" || w == "informed" || w == "warned" ||
           w == "emailed";
  }

  /// Recipients named by a bare word: "told him", "told reporters".
  static bool is_bare_recipient(std::string_view w) {
    return w == "him" || w == "her" || w == "them" || w == "us" || w == "me" || w == "reporters";
  }

  /// The content around a source and cue spanning [before, after): the quote before them,
  /// the quote after them (both, when the attribution interrupts a quotation), or else the
  /// paraphrase that follows.
  void add_contents(FoundAttribution& a, std::uint32_t before, std::uint32_t after,
                    const Sentence& sent) {
    bool quoted_before = quote_before(a, before, sent);
    bool quoted_after = quote_after(a, after, sent);
    if (quoted_before || quoted_after) return;
    std::uint32_t start = paraphrase_start(after, sent);
    // "asked about the deal", "argued against it": PolNeAR's cue takes the preposition.
    if (start == a.cue.last && start < sent.last && is_cue_particle(doc_.lower(start)))
      a.cue.last = ++start;
    std::uint32_t end = paraphrase_end(start, sent);
    start = closing_quote_start(start, end);
    if (start < end) {
      if (auto head = interrupted_head(before, after, sent))
        add_content(a, head->first, head->last);
      add_content(a, start, end);
      return;
    }
    // "The talks went well, Ryabkov said.": the paraphrase comes first.
    std::uint32_t comma = before;
    while (comma > sent.first && !doc_.is_punct(comma - 1, ',')) --comma;
    if (comma > sent.first + 1 && comma + 3 >= before) add_content(a, sent.first, comma - 1);
  }

  /// Prepositions that join a cue verb rather than its content ("talked about", "called for").
  static bool is_cue_particle(std::string_view w) {
    return w == "about" || w == "of" || w == "for" || w == "with" || w == "against" ||
           w == "over" || w == "upon" || w == "on" || w == "out";
  }

  /// "told Nevadans: “This one is for you.”": a quotation after a colon or comma that runs to
  /// the paraphrase's end is the content; the words before it introduce it.
  std::uint32_t closing_quote_start(std::uint32_t start, std::uint32_t end) const {
    for (std::uint32_t i = start + 1; i < end && i < start + 12; ++i) {
      if (quote_at_[i] < 0) continue;
      const Quote& q = quotes_[quote_at_[i]];
      bool introduced = doc_.is_punct(i - 1, ':') || doc_.is_punct(i - 1, ',');
      return q.first == i && introduced && q.last >= end ? i : start;
    }
    return start;
  }

  /// "In his state, he said, offenders are sent to treatment": a source and cue set off by
  /// commas inside the paraphrase; PolNeAR's content takes the part before them too.
  std::optional<TokenRange> interrupted_head(std::uint32_t before, std::uint32_t after,
                                             const Sentence& sent) const {
    std::uint32_t first = doc_.first_word(sent);
    if (before < first + 2 || !doc_.is_punct(before - 1, ',') || after >= sent.last ||
        !doc_.is_punct(after, ','))
      return std::nullopt;
    for (std::uint32_t i = first; i + 1 < before; ++i)
      if (quote_at_[i] >= 0) return std::nullopt;
    return TokenRange{first, before - 1};
  }

  FoundAttribution make(std::size_t s, TokenRange cue, const Cue* entry,
                        std::optional<TokenRange> source) {
    FoundAttribution a;
    a.sentence = s;
    a.cue = cue;
    a.cue_entry = entry;
    a.source = source;
    if (source) a.speaker = speaker_of(*source);
    return a;
  }

  void add_content(FoundAttribution& a, std::uint32_t first, std::uint32_t last) {
    if (first < last) a.content.push_back({first, last});
  }

  std::optional<EntityIndex> speaker_of(TokenRange source) const {
    // "Marcus Hale, the chief executive of Brightwater," speaks, not the company of his
    // appositive: a person opening the source, closed by a comma and followed by no other
    // person ("Brightwater, Marcus Hale," is Hale) is its head.
    if (auto head = appositive_head(source)) return head;
    for (std::uint32_t i = source.last; i > source.first; --i) {
      int m = mention_at_[i - 1];
      if (m >= 0 && mentions_[m].head != "adjective") return resolver_.entity_of(m);
    }
    if (source.last - source.first == 1 && is_personal_pronoun(doc_.lower(source.first)))
      return person_before(source.first);
    return std::nullopt;
  }

  /// The person opening `source` when a comma and a description of them follow.
  std::optional<EntityIndex> appositive_head(TokenRange source) const {
    int m = mention_at_[source.first];
    if (m < 0 || mentions_[m].first != source.first || mentions_[m].kind != EntityKind::person)
      return std::nullopt;
    std::uint32_t comma = mentions_[m].last;
    if (comma + 1 >= source.last || !doc_.is_punct(comma, ',')) return std::nullopt;
    int next = mention_at_[comma + 1];
    if (next >= 0 && mentions_[next].kind == EntityKind::person) return std::nullopt;
    return resolver_.entity_of(m);
  }

  /// The most recent person mentioned before token `i`, outside quotations.
  std::optional<EntityIndex> person_before(std::uint32_t i) const {
    // Mentions are in text order, so the last person before `i` is found by bisection: a
    // scan back over every mention for each pronoun made long articles quadratic.
    auto after = std::partition_point(people_.begin(), people_.end(),
                                      [&](std::size_t m) { return mentions_[m].first < i; });
    if (after == people_.begin()) return std::nullopt;
    return resolver_.entity_of(*std::prev(after));
  }

  /// The mentions outside quotes that name a person and resolve to one, in text order: the
  /// candidates of person_before.
  std::vector<std::size_t> person_mentions() const {
    std::vector<std::size_t> out;
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const Mention& mention = mentions_[m];
      if (mention.in_quote || mention.kind != EntityKind::person) continue;
      if (auto e = resolver_.entity_of(m); e && resolver_.entity(*e).kind == EntityKind::person)
        out.push_back(m);
    }
    return out;
  }

  /// True when content range `r` is a quotation: it starts where a quote does.
  bool quoted(TokenRange r) const {
    return quote_at_[r.first] >= 0 && quotes_[quote_at_[r.first]].first == r.first;
  }

  /// A quotation running over paragraphs: the one before ran to its paragraph's end without a
  /// closing mark, and `q` opens the next paragraph.
  bool continues_quote(TokenRange content, const Quote& q) const {
    return content.last == q.first && doc_.token(q.first).newlines_before > 0 &&
           doc_.token(q.first - 1).kind != TokenKind::close_quote;
  }

  /// Per attribution, the last one passing `counts` whose content holds its cue's first token,
  /// or -1. Only the cues are looked up, so no array over the whole document is filled.
  template <typename Pred>
  std::vector<int> cue_owners(Pred counts) const {
    std::vector<std::pair<std::uint32_t, std::size_t>> cues;  // (cue start, attribution)
    cues.reserve(out_.size());
    for (std::size_t k = 0; k < out_.size(); ++k) cues.emplace_back(out_[k].cue.first, k);
    std::sort(cues.begin(), cues.end());
    std::vector<int> owner(out_.size(), -1);
    for (std::size_t k = 0; k < out_.size(); ++k) {
      if (!counts(out_[k])) continue;
      for (const auto& c : out_[k].content)
        for (auto it =
                 std::lower_bound(cues.begin(), cues.end(), std::pair{c.first, std::size_t{0}});
             it != cues.end() && it->first < c.last; ++it)
          owner[it->second] = static_cast<int>(k);
    }
    return owner;
  }

  /// Per quote, whether some attribution's content holds its first token (quotes come in text
  /// order, as find_quotes makes them).
  std::vector<bool> covered_quotes() const {
    std::vector<bool> covered(quotes_.size(), false);
    for (const auto& a : out_)
      for (const auto& c : a.content) {
        auto it = std::lower_bound(quotes_.begin(), quotes_.end(), c.first,
                                   [](const Quote& q, std::uint32_t t) { return q.first < t; });
        for (; it != quotes_.end() && it->first < c.last; ++it)
          covered[it - quotes_.begin()] = true;
      }
    return covered;
  }

  /// True when no line break stands between tokens `a` and `b`: looked for backwards from the
  /// later one, so the walk ends at the first break rather than crossing the document.
  bool same_paragraph(std::uint32_t a, std::uint32_t b) const {
    if (a > b) std::swap(a, b);
    for (std::uint32_t k = b; k > a; --k)
      if (doc_.token(k).newlines_before > 0) return false;
    return true;
  }

  /// PolNeAR marks only the outermost attribution: one whose cue lies inside another's content
  /// ("Trump said that he wants ...") is dropped, unless a different speaker of its own makes
  /// it news the relations need ("According to CNN, Graham said ...").
  void drop_nested() {
    std::vector<int> owner = cue_owners([](const FoundAttribution&) { return true; });
    std::vector<FoundAttribution> kept;
    for (std::size_t k = 0; k < out_.size(); ++k) {
      int o = owner[k];
      bool outermost = o < 0 || o == static_cast<int>(k);
      if (outermost || (out_[k].speaker && out_[k].speaker != out_[o].speaker))
        kept.push_back(std::move(out_[k]));
    }
    out_ = std::move(kept);
  }

  /// Quotes no attribution claimed continue the closest earlier attribution in the paragraph
  /// when its content is a quote too (PolNeAR seldom extends a paraphrase with the quote after
  /// it), or in the paragraph before, when its quote ran on unclosed.
  void attach_continued_quotes() {
    std::vector<bool> covered = covered_quotes();
    for (std::size_t n = 0; n < quotes_.size(); ++n) {
      const Quote& q = quotes_[n];
      if (covered[n]) continue;
      auto after = std::partition_point(out_.begin(), out_.end(), [&](const FoundAttribution& a) {
        return a.cue.first < q.first;
      });
      if (after == out_.begin()) continue;
      FoundAttribution& owner = *(after - 1);
      if (owner.content.empty()) continue;
      bool same = same_paragraph(owner.cue.first, q.first) && quoted(owner.content.back());
      if (same || continues_quote(owner.content.back(), q))
        owner.content.push_back({q.first, q.last});
    }
  }

  /// An outlet as the source of an attribution carries the statements nested in its content.
  void attach_outlets() {
    std::vector<int> carrier = cue_owners([&](const FoundAttribution& a) {
      return a.speaker && resolver_.entity(*a.speaker).kind == EntityKind::outlet;
    });
    for (std::size_t k = 0; k < out_.size(); ++k) {
      int outer = carrier[k];
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
  std::optional<CueFeatures> features_;  // the cue model's view, when there is a model
  std::vector<FoundAttribution> out_;
  std::vector<std::size_t> people_;  ///< person_mentions(), for person_before
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
