#include "graph/extract/relations.h"

#include "graph/extract/appositives.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>

namespace claimgraph {

namespace {

/// Words that close a clause to the right of a relation cue.
bool ends_clause(std::string_view w) {
  return w == ";" || w == "rather" || w == "but" || w == "which" || w == "while" || w == "although";
}

/// Prepositions after a contact noun that introduce its topic rather than a party.
bool is_topic_word(std::string_view w) {
  return w == "of" || w == "about" || w == "on" || w == "over" || w == "regarding" ||
         w == "toward" || w == "towards" || w == "concerning";
}

/// Nouns for the occasion a statement was made on: "a CNN interview", "an interview with".
bool is_venue_noun(std::string_view w) {
  return w == "interview" || w == "interviews" || w == "appearance" || w == "statement" ||
         w == "op-ed" || w == "podcast" || w == "broadcast" || w == "board";
}

/// Verbs of telling: the outlet after them received the statement.
bool is_telling(std::string_view w) {
  return w == "told" || w == "tell" || w == "tells" || w == "telling" || w == "interviewed";
}

bool is_article(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

/// Forms of "be" that make a following participle passive.
bool is_be_form(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" ||
         w == "be";
}

/// Cues that state a contact, whatever their frame.
bool is_contact(RelationCue c) {
  return c == RelationCue::contact || c == RelationCue::contact_direct ||
         c == RelationCue::contact_money || c == RelationCue::contact_noun;
}

/// Pronouns, auxiliaries and connectives that may stand before a verb: "he called", "has
/// called", "and called", "who called".
bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "he",    "she",   "they",   "i",    "we",    "you",   "it",    "who", "that", "which",
      "has",   "had",   "have",   "was",  "were",  "is",    "are",   "be",  "been", "will",
      "would", "could", "also",   "then", "and",   "but",   "never", "not", "once", "again",
      "later", "first", "soon",   "even", "still", "just",  "had",   "did", "does", "do",
      "to",    "after", "before", "when", "while", "since", "once"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

/// The possessive ending as its own token: "'s", or a lone apostrophe after a plural.
bool is_possessive(std::string_view w) {
  return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019";
}

/// Prepositions of place: an entity after them is where something happened.
bool is_location_word(std::string_view w) { return w == "in" || w == "at"; }

/// Prepositions joining a role to its organisation: "an employee of RT", "adviser to".
bool is_role_preposition(std::string_view w) {
  return w == "of" || w == "to" || w == "for" || w == "at" || w == "with";
}

/// Words that take up something already said: "that argument", "those reports".
bool is_determiner(std::string_view w) {
  return w == "the" || w == "that" || w == "this" || w == "these" || w == "those" || w == "such" ||
         w == "his" || w == "her" || w == "their" || w == "its";
}

/// Words that open a clause to the left of a relation cue.
bool opens_clause(std::string_view w) {
  return w == ";" || w == "which" || w == "that" || w == "while" || w == "but" || w == "although";
}

/// Both parties of a relation cue, as far as the clause names them.
struct Parties {
  std::optional<EntityIndex> left;
  std::optional<EntityIndex> right;
  bool left_is_speaker = false;  ///< "I"/"we": the claimant's own side
};

class RelationFinder {
 public:
  RelationFinder(const Document& doc, const Lexicon& lex, const std::vector<Mention>& mentions,
                 const std::vector<Quote>& quotes,
                 const std::vector<FoundAttribution>& attributions, EntityResolver& resolver)
      : doc_(doc),
        lex_(lex),
        mentions_(mentions),
        attributions_(attributions),
        resolver_(resolver),
        mention_at_(mention_index(doc, mentions)),
        titled_by_(titled_by_index()),
        in_title_(title_index()),
        in_quote_(quote_index(doc, quotes)),
        frame_outlet_(doc.sentences().size()),
        cue_at_(doc.size(), false),
        claim_at_(doc.size(), -1),
        denied_at_(doc.size(), false) {
    cues_.reserve(doc.size());
    for (const Sentence& sent : doc.sentences())
      for (std::uint32_t i = sent.first; i < sent.last; ++i)
        cues_.push_back(lex_.relation_cues.match(doc, i, sent.last));
    index_attributions();
    index_denials();
    frame_outlet_ = frame_index();
  }

  /// The relation cue starting at token `i` and ending by `limit` (looked up once per token).
  PhraseMatch<RelationCue> cue_match(std::uint32_t i, std::uint32_t limit) const {
    const auto& m = cues_[i];
    if (!m || i + m.length <= limit) return m;
    return lex_.relation_cues.match(doc_, i, limit);
  }

  std::vector<Relation> run() {
    affiliations();
    reported_by();
    for (std::size_t s = 0; s < doc_.sentences().size(); ++s)
      if (doc_.sentences()[s].prose) claims_in(s);
    implied_affiliations();
    for (const auto& r : out_) {
      resolver_.mark_used(r.source);
      resolver_.mark_used(r.target);
      if (r.claimant) resolver_.mark_used(*r.claimant);
      if (r.outlet) resolver_.mark_used(*r.outlet);
    }
    return std::move(out_);
  }

 private:
  void affiliations() {
    for (const auto& a : resolver_.title_affiliations())
      if (!a.implied) add_title_affiliation(a, 0.9);
    for (const auto& a : find_appositive_roles(doc_, lex_, mentions_, resolver_)) {
      add(RelationKind::affiliation, *resolver_.entity_of(a.person),
          *resolver_.entity_of(a.organization), Stance::asserted, a.role,
          doc_.sentence_of(a.role.first), claim_covering(a.role.first), 0.8);
    }
  }

  void add_title_affiliation(const TitleAffiliation& a, double confidence) {
    const Mention& m = mentions_[a.mention];
    add(RelationKind::affiliation, a.person, a.organization, Stance::asserted,
        {m.title->title_first, m.title->title_last}, doc_.sentence_of(m.first), nullptr,
        confidence);
  }

  /// "Sen. Ted Cruz" -> Senate, "Secretary of State John Kerry" -> State Department: what a
  /// title implies by itself, for people the article gives no other affiliation.
  void implied_affiliations() {
    std::set<EntityIndex> affiliated;
    for (const auto& r : out_)
      if (r.kind == RelationKind::affiliation) affiliated.insert(r.source);
    for (const auto& a : resolver_.title_affiliations())
      if (a.implied && !affiliated.count(a.person)) add_title_affiliation(a, 0.6);
  }

  /// A speaker's statement carried by a named outlet: nested in its report, or told to it.
  void reported_by() {
    for (const auto& a : attributions_) {
      // Organisations speak through people; only a person's statement is "reported by".
      if (!a.speaker || kind(*a.speaker) != EntityKind::person) continue;
      if (a.outlet) {
        add(RelationKind::reported_by, *a.speaker, *a.outlet, Stance::asserted, a.cue, a.sentence,
            &a, 0.85);
        continue;
      }
      if (auto o = outlet_in_sentence(a)) {
        add(RelationKind::reported_by, *a.speaker, *o, Stance::asserted, a.cue, a.sentence, &a,
            0.7);
      }
    }
  }

  /// Who makes a claim: its speaker, or the unnamed source speaking ("officials said", "a
  /// Western intelligence source tells Yahoo News") as a group.
  std::optional<EntityIndex> claimant_of(const FoundAttribution& a) {
    if (a.speaker) return a.speaker;
    if (!a.source || !names_source(*a.source)) return std::nullopt;
    return resolver_.add_source_group(a.source->first, a.source->last);
  }

  /// True when a source span ends in an anonymous-source noun: "officials", "a source". A
  /// singular one must be indefinite: "his top adviser" is someone the article knows.
  bool names_source(TokenRange source) const {
    std::string_view head = doc_.lower(source.last - 1);
    if (lex_.source_nouns.count(head)) return true;
    std::string_view first = doc_.lower(source.first);
    bool indefinite = first == "a" || first == "an" || first == "one" || first == "another";
    return indefinite && lex_.source_nouns.count(std::string(head) + "s");
  }

  /// Per sentence: the outlet of an "According to Yahoo News, which broke the story:" that
  /// opens the paragraph after it, or nothing.
  std::vector<std::optional<EntityIndex>> frame_index() const {
    std::vector<std::optional<EntityIndex>> at(doc_.sentences().size());
    for (const auto& a : attributions_) {
      const Sentence& sent = doc_.sentences()[a.sentence];
      if (doc_.lower(a.cue.first) != "according" || doc_.lower(sent.last - 1) != ":") continue;
      auto outlet = carrier_of(a);
      if (!outlet) continue;
      std::size_t first = a.sentence + 1;  // the frame covers the first paragraph after its colon
      if (first >= at.size()) continue;
      std::fill(at.begin() + first, at.begin() + doc_.paragraph_end(first), outlet);
    }
    return at;
  }

  /// The outlet that carried a statement: the one it was nested in or told to, or the
  /// speaker itself when an outlet speaks ("The Post reported ...").
  std::optional<EntityIndex> carrier_of(const FoundAttribution& a) const {
    if (a.outlet) return a.outlet;
    if (a.speaker && kind(*a.speaker) == EntityKind::outlet) return a.speaker;
    return outlet_in_sentence(a);
  }

  /// An outlet named in the attribution's sentence, outside quotes and not a source itself.
  std::optional<EntityIndex> outlet_in_sentence(const FoundAttribution& a) const {
    const Sentence& s = doc_.sentences()[a.sentence];
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      int m = mention_at_[i];
      if (m < 0 || mentions_[m].in_quote || mentions_[m].first != i) continue;
      auto e = resolver_.entity_of(m);
      if (!e || kind(*e) != EntityKind::outlet || e == a.speaker) continue;
      if (carries_statement(s.first, i, mentions_[m].last, s.last)) return e;
    }
    return std::nullopt;
  }

  /// True when the outlet at [first, last) is where a statement was made: "told CNN", "said on
  /// Fox News", "in an interview with The Post", "in a Bloomberg interview", "his RT appearance".
  /// An outlet merely talked about ("RT's programming", "worked at MSNBC") carries nothing.
  bool carries_statement(std::uint32_t sent_first, std::uint32_t first, std::uint32_t last,
                         std::uint32_t sent_last) const {
    std::uint32_t after = last < sent_last && doc_.lower(last) == "'s" ? last + 1 : last;
    if (after < sent_last && is_venue_noun(doc_.lower(after))) return true;
    if (after != last) return false;
    std::uint32_t i = first;
    while (i > sent_first && is_article(doc_.lower(i - 1))) --i;
    if (i == sent_first) return false;
    std::string_view prev = doc_.lower(i - 1);
    if (is_telling(prev)) return true;
    // "said on CNN", "said in a statement to The Times"; not "likened RT to the BBC".
    if ((prev == "to" || prev == "on") && i - 1 > sent_first && cue_at_[i - 2]) return true;
    for (std::uint32_t k = i > sent_first + kVenueWindow ? i - kVenueWindow : sent_first; k < i;
         ++k)
      if (is_venue_noun(doc_.lower(k)) || is_telling(doc_.lower(k))) return true;
    return false;
  }

  /// How far before an outlet a venue word may stand: "an interview with Russia's
  /// propagandistic network RT".
  static constexpr std::uint32_t kVenueWindow = 6;

  /// Per token: is it a cue, and which attribution (the latest cue wins, so nested
  /// statements beat the outer one) claims it as content.
  void index_attributions() {
    for (std::size_t k = 0; k < attributions_.size(); ++k) {
      const auto& a = attributions_[k];
      for (auto i = a.cue.first; i < a.cue.last; ++i) cue_at_[i] = true;
      for (const auto& c : a.content)
        for (auto i = c.first; i < c.last; ++i)
          if (claim_at_[i] < 0 || attributions_[claim_at_[i]].cue.first < a.cue.first)
            claim_at_[i] = static_cast<int>(k);
    }
  }

  /// Per token: does it lie in what a denial denies (the content of "X denied that ...", or
  /// the rest of a sentence after a denial cue)?
  void index_denials() {
    for (const auto& a : attributions_) {
      auto m = cue_match(a.cue.first, a.cue.last);
      if (!m || *m.value != RelationCue::denial) continue;
      for (const auto& c : a.content)
        std::fill(denied_at_.begin() + c.first, denied_at_.begin() + c.last, true);
    }
    for (const Sentence& sent : doc_.sentences()) {
      bool after_denial = false;
      for (std::uint32_t i = sent.first; i < sent.last; ++i) {
        if (after_denial) denied_at_[i] = true;
        auto m = cue_match(i, sent.last);
        if (m && *m.value == RelationCue::denial) after_denial = true;
        // "called the report of his meeting a hoax": what was called so is denied.
        if (m && *m.value == RelationCue::denial_adjective)
          if (auto call = naming_verb_before(sent.first, i))
            std::fill(denied_at_.begin() + *call + 1, denied_at_.begin() + i, true);
      }
    }
  }

  void claims_in(std::size_t s) {
    const Sentence& sent = doc_.sentences()[s];
    for (std::uint32_t i = sent.first; i < sent.last; ++i) {
      auto cue = cue_match(i, sent.last);
      // "Center for Transatlantic Relations", "communications director Jennifer Palmieri".
      if (!cue || mention_at_[i] >= 0 || in_title_[i]) continue;
      TokenRange range{i, i + static_cast<std::uint32_t>(cue.length)};
      switch (*cue.value) {
        case RelationCue::contact:
          contact(s, range, false);
          break;
        case RelationCue::contact_direct:
        case RelationCue::contact_money:
          if (!names_after_noun(range) &&
              (object_follows(range.last, sent.last) || agent_follows(range, sent.last)))
            contact(s, range, false);
          break;
        case RelationCue::contact_noun:
          if (party_preposition_follows(range.last, sent.last)) contact(s, range, false);
          break;
        case RelationCue::negated_contact:
          contact(s, range, true);
          break;
        case RelationCue::affiliation:
          member_of(s, range);
          break;
        case RelationCue::denial:
          denial(s, range);
          break;
        case RelationCue::denial_adjective:
          denial_predicate(s, range);
          break;
        case RelationCue::negation:
          negated_role(s, range);
          break;
        default:
          break;
      }
      i = range.last - 1;
    }
  }

  /// True when the other party of a contact noun is introduced next: "a dinner with",
  /// "talks between", "a visit to".
  bool party_preposition_follows(std::uint32_t i, std::uint32_t last) const {
    if (i >= last) return false;
    std::string_view w = doc_.lower(i);
    return w == "with" || w == "between" || w == "to" || w == "among";
  }

  /// "a group called Lashkar-e-Taiba": a participle naming the noun before it, not a call.
  bool names_after_noun(TokenRange cue) const {
    return cue.first > 0 && doc_.lower(cue.first).starts_with("call") &&
           follows_common_noun(cue.first);
  }

  /// True when the word before token `i` (not the first) is a lower-case content word, as a
  /// common noun is: not a name, function word or "-ly" adverb.
  bool follows_common_noun(std::uint32_t i) const {
    std::uint32_t prev = i - 1;
    if (!doc_.is_word(prev) || doc_.token(prev).capitalized || entity_at(prev)) return false;
    std::string_view w = doc_.lower(prev);
    return !is_function_word(w) && !is_be_form(w) && !w.ends_with("ly");
  }

  /// A passive cue with its agent: "was contacted by the FBI", "had been hired by Manafort".
  bool agent_follows(TokenRange cue, std::uint32_t last) const {
    if (cue.first == 0 || cue.last >= last || doc_.lower(cue.last) != "by") return false;
    // "was written by Springsteen" names an author, "was called by the party" a convener.
    std::string_view verb = doc_.lower(cue.first);
    if (verb.starts_with("writ") || verb.starts_with("call")) return false;
    std::string_view aux = doc_.lower(cue.first - 1);
    bool passive = is_be_form(aux) || aux == "got" || aux == "get" || describes_noun(cue.first);
    return passive && object_follows(cue.last + 1, last);
  }

  /// True when the participle at `i` follows a common noun or a comma, as a reduced relative
  /// clause: "the network financed by the Russian government", "Manafort, hired by Trump".
  bool describes_noun(std::uint32_t i) const {
    return doc_.lower(i - 1) == "," || follows_common_noun(i);
  }

  /// True when an entity follows at once, perhaps after "the": "called Putin", "visited the
  /// Kremlin"; "called on", "called for" and "called it" name no party.
  bool object_follows(std::uint32_t i, std::uint32_t last) const {
    if (i < last && doc_.lower(i) == "the") ++i;
    if (i >= last || !entity_at(i)) return false;
    // "what some call Trump's line": a possessive is not the one called.
    std::uint32_t j = i;
    while (j < last && mention_at_[j] == mention_at_[i]) ++j;
    if (j >= last) return true;
    if (possessed_person(i, last)) return true;  // "asked NBC's Lester Holt"
    // "calls Obamacare 'a crazy system'", "called Putin a strong leader": naming, not calling.
    std::string_view next = doc_.lower(j);
    return next != "'s" && !is_article(next) && doc_.token(j).kind != TokenKind::open_quote &&
           next != "‘";
  }

  /// "Mr. Schultz, who works directly for RT": the person left of the cue belongs to the
  /// organisation right of it.
  void member_of(std::size_t s, TokenRange cue) {
    TokenRange clause = clause_around(s, cue);
    auto person = nearest_left(clause.first, cue.first);
    auto org = nearest_right(cue.last, clause.last);
    if (!person || !org || kind(*person) != EntityKind::person || kind(*org) == EntityKind::person)
      return;
    if (kind(*org) == EntityKind::group) return;
    add(RelationKind::affiliation, *person, *org, Stance::asserted, cue, s,
        claim_covering(cue.first), 0.75);
  }

  void contact(std::size_t s, TokenRange cue, bool negated_cue) {
    // "a coordinated attack", "a paid CNN commentator": a participle after an article
    // describes a noun.
    if (cue.first > 0 && is_article(doc_.lower(cue.first - 1)) &&
        (doc_.lower(cue.first).ends_with("ed") || is_money_cue(cue)))
      return;
    const FoundAttribution* claim = claim_covering(cue.first);
    if (inside_denied_content(cue.first)) return;
    TokenRange clause = clause_around(s, cue);
    Parties p = parties(clause, cue, claim);
    // "cancelled a meeting with", "declined to meet": a contact that never took place.
    if (has_before(doc_.sentences()[s].first, cue.first, RelationCue::blocked, 4)) return;
    bool negated = negated_cue || has_before(clause.first, cue.first, RelationCue::negation, 4);
    Stance stance = has_before(clause.first, cue.first, RelationCue::hedge, 8) ? Stance::hedged
                                                                               : Stance::asserted;
    if (!p.left || !p.right || *p.left == *p.right) return;
    // An outlet in a contact is where a statement ran ("in a CNN interview"): reported_by says
    // that. Money and work are ties an outlet has like anyone ("financed by the government").
    bool outlet = kind(*p.left) == EntityKind::outlet || kind(*p.right) == EntityKind::outlet;
    if (outlet && !is_money_cue(cue)) return;
    double confidence = p.left_is_speaker ? 0.6 : 0.8;
    if (negated) {
      add(RelationKind::denial, *p.left, *p.right, stance, cue, s, claim, confidence);
      return;
    }
    if (stance == Stance::hedged) confidence -= 0.2;
    add(RelationKind::contact, *p.left, *p.right, stance, cue, s, claim, confidence);
    // "met with Putin and Lavrov": each party of a coordination met the subject.
    for (auto other : coordinated_after(*p.right, cue.last, clause.last))
      add(RelationKind::contact, *p.left, other, stance, cue, s, claim, confidence);
  }

  /// Entities joined to `e` by "and" after it: "Putin and Lavrov", "Putin, Lavrov and Peskov".
  std::vector<EntityIndex> coordinated_after(EntityIndex e, std::uint32_t from,
                                             std::uint32_t last) const {
    std::vector<EntityIndex> out;
    std::uint32_t i = from;
    while (i < last && entity_at(i) != e) ++i;
    while (i < last) {
      while (i < last && (titled_by_[i] >= 0 || entity_at(i)) &&
             (party_at(i) == e || party_at(i) == out_back(out, e)))
        ++i;
      if (i + 1 >= last || (doc_.lower(i) != "and" && doc_.lower(i) != ",")) break;
      bool comma = doc_.lower(i) == ",";
      if (i + 2 < last && is_article(doc_.lower(i + 1))) ++i;  // "and the Gannett chain"
      auto next = party_at(i + 1);
      if (!next || kind(*next) == EntityKind::outlet) break;
      // "a deal with Mr. Clarke, Mr. Barrett said": a comma joins only a list that goes on.
      if (comma && !list_goes_on(i + 1, last)) break;
      out.push_back(*next);
      ++i;
    }
    return out;
  }

  /// True when "and" or another comma follows the party named at `i`: "A, B and C".
  bool list_goes_on(std::uint32_t i, std::uint32_t last) const {
    auto party = party_at(i);
    while (i < last && party_at(i) == party) ++i;
    return i < last && (doc_.lower(i) == "and" || doc_.lower(i) == ",");
  }

  /// The last entity collected, or `first` while none is.
  static EntityIndex out_back(const std::vector<EntityIndex>& v, EntityIndex first) {
    return v.empty() ? first : v.back();
  }

  /// "Trump and Putin met": with nothing after the cue, a subject joined by "and" to an
  /// entity before it names both parties.
  std::optional<EntityIndex> coordinated_before(EntityIndex subject, std::uint32_t first,
                                                std::uint32_t cue) const {
    // Only a subject right before its verb, perhaps after an auxiliary: "have met".
    std::uint32_t i = cue;
    while (i > first && cue - i < 2 && entity_at(i - 1) != subject) --i;
    if (i == first || entity_at(i - 1) != subject) return std::nullopt;
    while (i > first && entity_at(i - 1) == subject) --i;
    if (i < first + 2) return std::nullopt;
    if (doc_.lower(i - 1) == "and") return entity_at(i - 2);
    // Headlines join the two with a comma: "Trump, Netanyahu meet". Only when that pair opens
    // the clause, so an opening phrase ("After talks with Putin, Trump met") is no party.
    if (!doc_.is_punct(i - 1, ',')) return std::nullopt;
    auto other = entity_at(i - 2);
    std::uint32_t start = i - 2;
    while (start > first && other && entity_at(start - 1) == other) --start;
    bool opens = start == first || doc_.is_punct(start - 1, ':');
    return opens ? other : std::nullopt;
  }

  /// "X denied ...", "which X denied": the denier and the other party of the denied claim,
  /// or, when the claim names none, whoever made it ("rejected that argument").
  void denial(std::size_t s, TokenRange cue) {
    const Sentence& sent = doc_.sentences()[s];
    TokenRange clause = clause_around(s, cue);
    // "was rejected": the subject of a passive is what was denied, not the denier.
    if (cue.first > clause.first && is_be_form(doc_.lower(cue.first - 1))) return;
    auto denier = subject_before(clause.first, cue.first);
    if (!denier) return;
    // "refused to decorate a cake" denies nothing; "refused meetings" does.
    bool weak = doc_.lower(cue.first).starts_with("refus");
    if (weak && !contact_cue_in({cue.last, std::min(cue.last + 6, doc_.words_end(sent))})) return;
    bool backward = clause.first > sent.first && doc_.lower(clause.first - 1) == "which";
    TokenRange denied = backward
                            ? TokenRange{sent.first, clause.first - 1}
                            : TokenRange{cue.last, next_clause(cue.last, doc_.words_end(sent))};
    std::vector<EntityIndex> targets;
    if (auto t = denied_party(denied, *denier)) targets.push_back(*t);
    // "called the report of his meeting with Putin untrue": the claim stands before the cue.
    if (targets.empty() && !backward)
      if (auto t = denied_party({clause.first, cue.first}, *denier)) targets.push_back(*t);
    if (targets.empty() && names_claim(cue.last, denied.last)) targets = claim_makers(s, *denier);
    for (auto target : targets)
      add(RelationKind::denial, *denier, target, Stance::asserted, cue, s,
          claim_covering(cue.first), 0.75);
  }

  /// Where a new clause ", and ..." begins after `from`, or `last`: "has denied that, and he
  /// and Trump still speak" denies nothing of Trump.
  std::uint32_t next_clause(std::uint32_t from, std::uint32_t last) const {
    for (std::uint32_t i = from; i + 1 < last; ++i)
      if (doc_.lower(i) == "," && (doc_.lower(i + 1) == "and" || doc_.lower(i + 1) == "but"))
        return i;
    return last;
  }

  /// True when "if", "unless" or "whether" opens the words before `i`: "If Trump is not the
  /// nominee" states nothing.
  bool hypothetical(std::uint32_t first, std::uint32_t i) const {
    for (std::uint32_t k = first; k < i; ++k) {
      std::string_view w = doc_.lower(k);
      if (w == "if" || w == "unless" || w == "whether") return true;
    }
    return false;
  }

  /// True when the cue at `cue` is a tie of money or work: "funded", "paid", "hired".
  bool is_money_cue(TokenRange cue) const {
    auto m = cue_match(cue.first, cue.last);
    return m && *m.value == RelationCue::contact_money;
  }

  /// True when a contact cue lies in `range`.
  bool contact_cue_in(TokenRange range) const {
    for (std::uint32_t i = range.first; i < range.last; ++i)
      if (auto cue = cue_match(i, range.last); cue && is_contact(*cue.value)) return true;
    return false;
  }

  /// True when a preposition governs the mention at `i` ("her submission to the court"): an
  /// object, not the one who made a claim.
  bool after_preposition(std::uint32_t first, std::uint32_t i) const {
    while (i > first && is_article(doc_.lower(i - 1))) --i;
    if (i == first) return false;
    std::string_view w = doc_.lower(i - 1);
    return w == "to" || w == "of" || w == "in" || w == "at" || w == "for" || w == "with" ||
           w == "by" || w == "from" || w == "on" || w == "about" || w == "against";
  }

  /// "Trump called the report false": the caller denies what they called so. "The claim is
  /// baseless," Hicks said: the speaker denies what the subject names.
  void denial_predicate(std::size_t s, TokenRange cue) {
    const Sentence& sent = doc_.sentences()[s];
    std::optional<EntityIndex> denier;
    TokenRange claim_words;
    if (auto call = naming_verb_before(sent.first, cue.first)) {
      denier = subject_before(sent.first, *call);
      claim_words = {*call + 1, cue.first};
    } else if (auto be = be_before(sent.first, cue.first); be && claim_covering(cue.first)) {
      denier = claim_covering(cue.first)->speaker;
      claim_words = {clause_around(s, {*be, cue.first}).first, *be};
    }
    if (!denier) return;
    std::vector<EntityIndex> targets;
    if (auto t = denied_party(claim_words, *denier)) targets.push_back(*t);
    if (targets.empty() && names_claim(claim_words.first, claim_words.last))
      targets = claim_makers(s, *denier);
    for (auto target : targets)
      add(RelationKind::denial, *denier, target, Stance::asserted, cue, s,
          claim_covering(cue.first), 0.7);
  }

  /// A verb of naming a few words before `cue`: "called", "labeled", "branded".
  std::optional<std::uint32_t> naming_verb_before(std::uint32_t first, std::uint32_t cue) const {
    for (std::uint32_t i = cue; i > first && cue - i < 12; --i) {
      std::string_view w = doc_.lower(i - 1);
      if (w == "called" || w == "calls" || w == "calling" || w == "call" || w == "labeled" ||
          w == "labelled" || w == "branded" || w == "termed" || w == "deemed")
        return i - 1;
    }
    return std::nullopt;
  }

  /// A form of "be" right before `cue`, perhaps with an adverb or two between ("is patently
  /// false", "is simply not true").
  std::optional<std::uint32_t> be_before(std::uint32_t first, std::uint32_t cue) const {
    for (std::uint32_t i = cue; i > first && cue - i < 3; --i)
      if (is_be_form(doc_.lower(i - 1))) return i - 1;
    return std::nullopt;
  }

  /// "Carter Page is not an adviser to the campaign," Miller said: the speaker denies the
  /// subject's tie. Told plainly ("Larry King is not an employee of RT"), the subject denies
  /// the tie to the organisation.
  void negated_role(std::size_t s, TokenRange neg) {
    const Sentence& sent = doc_.sentences()[s];
    std::uint32_t be = neg.first;  // `is "not an adviser`: a quotation mark may come between
    while (be > sent.first && doc_.token(be - 1).kind == TokenKind::open_quote) --be;
    if (be == sent.first || !is_be_form(doc_.lower(be - 1))) return;
    std::uint32_t j = neg.last;
    if (j < sent.last && doc_.lower(j) == "longer") ++j;
    if (j < sent.last && is_article(doc_.lower(j))) ++j;
    auto title = lex_.titles.match(doc_, j, sent.last);
    if (!title || hypothetical(sent.first, neg.first)) return;
    TokenRange clause = clause_around(s, neg);
    auto subject = subject_before(clause.first, be - 1);
    if (!subject || kind(*subject) != EntityKind::person) return;
    const FoundAttribution* claim = claim_covering(neg.first);
    std::uint32_t k = j + static_cast<std::uint32_t>(title.length);
    if (claim && claim->speaker && *claim->speaker != *subject) {
      add(RelationKind::denial, *claim->speaker, *subject, Stance::asserted, neg, s, claim, 0.6);
      return;
    }
    if (k >= clause.last || !is_role_preposition(doc_.lower(k))) return;
    if (auto org = nearest_right(k + 1, clause.last); org && kind(*org) != EntityKind::person)
      add(RelationKind::denial, *subject, *org, Stance::asserted, neg, s, claim, 0.6);
  }

  /// True when a claim noun taken up from before follows the cue: "rejected that argument",
  /// "dismissed those reports", "denied the allegations".
  bool names_claim(std::uint32_t from, std::uint32_t last) const {
    for (std::uint32_t i = from; i < last && i < from + 4; ++i) {
      auto cue = cue_match(i, last);
      if (cue && (*cue.value == RelationCue::claim || *cue.value == RelationCue::report))
        return i > from && is_determiner(doc_.lower(i - 1));
      if (!doc_.is_word(i)) return false;
    }
    return false;
  }

  /// Who made the claim a denial takes up: the first party named in the sentence before,
  /// with those joined to it ("The Times and Gannett filed a motion ... Nervo rejected that
  /// argument").
  std::vector<EntityIndex> claim_makers(std::size_t s, EntityIndex denier) const {
    if (s == 0) return {};
    const Sentence& prev = doc_.sentences()[s - 1];
    for (std::uint32_t i = prev.first; i < prev.last; ++i) {
      auto e = party_at(i);
      if (!e || same_side(*e, denier) || after_preposition(prev.first, i)) continue;
      std::vector<EntityIndex> out{*e};
      for (auto other : coordinated_after(*e, i, prev.last))
        if (!same_side(other, denier)) out.push_back(other);
      return out;
    }
    return {};
  }

  /// The counterparty of the contact claim inside `denied`, else the first entity named there.
  std::optional<EntityIndex> denied_party(TokenRange denied, EntityIndex denier) const {
    for (std::uint32_t i = denied.first; i < denied.last; ++i) {
      auto cue = cue_match(i, denied.last);
      if (!cue || *cue.value != RelationCue::contact) continue;
      TokenRange range{i, i + static_cast<std::uint32_t>(cue.length)};
      for (auto side :
           {nearest_left(denied.first, range.first), nearest_right(range.last, denied.last)})
        if (side && !same_side(*side, denier)) return side;
    }
    for (std::uint32_t i = denied.first; i < denied.last; ++i) {
      auto e = entity_at(i);
      if (e && !same_side(*e, denier)) return e;
    }
    return std::nullopt;
  }

  /// True when `e` is the denier or the denier's own campaign or organisation.
  bool same_side(EntityIndex e, EntityIndex denier) const {
    return e == denier || resolver_.campaign_of(denier) == e ||
           resolver_.affiliation_of(denier) == e;
  }

  Parties parties(TokenRange clause, TokenRange cue, const FoundAttribution* claim) const {
    Parties p;
    std::uint32_t right_from = cue.last;
    if (right_from < clause.last && doc_.lower(right_from) == "between") {
      p.left = nearest_right(right_from + 1, clause.last);
      std::uint32_t after_first = right_from + 1;
      while (after_first < clause.last && entity_at(after_first) != p.left) ++after_first;
      while (after_first < clause.last && entity_at(after_first) == p.left) ++after_first;
      p.right = nearest_right(after_first, clause.last);
      return p;
    }
    bool reduced =
        right_from < clause.last && doc_.lower(right_from) == "by" && describes_noun(cue.first);
    p.left =
        reduced ? apposed_entity(clause.first, cue.first) : subject_before(clause.first, cue.first);
    // "talks of alliance policy toward Russia": what follows is the topic, not a party.
    if (right_from >= clause.last || !is_topic_word(doc_.lower(right_from)))
      p.right = nearest_right(right_from, clause.last);
    if (p.left && !p.right) p.right = coordinated_before(*p.left, clause.first, cue.first);
    if (!p.left && !claim && !reduced) p.left = governing_speaker(clause.first);
    std::string_view subject = subject_word(clause.first, cue.first);
    // Inside a quote, "he" is someone the speaker talks about, not the speaker.
    // Only "I", "we" or "there were contacts" put the speaker's side in the clause: "it
    // excluded meetings Clinton had" is no meeting of the speaker's.
    bool speaker_side_subject = subject == "i" || subject == "we" || subject == "there";
    if (!p.left && claim && claim->speaker && speaker_side_subject && !reduced) {
      p.left = speaker_side(*claim->speaker, subject);
      p.left_is_speaker = true;
    }
    return p;
  }

  /// "Obama said after meeting with Putin": a clause right after an attribution cue has the
  /// attribution's speaker as its subject.
  std::optional<EntityIndex> governing_speaker(std::uint32_t clause_first) const {
    if (clause_first == 0 || !cue_at_[clause_first - 1]) return std::nullopt;
    for (const auto& a : attributions_)
      if (a.cue.last == clause_first && a.source && a.source->last <= a.cue.first) return a.speaker;
    return std::nullopt;
  }

  /// The subject pronoun nearest before the cue ("I", "we", "he"), else the clause's first
  /// word: it decides who the speaker's side is.
  std::string_view subject_word(std::uint32_t first, std::uint32_t cue) const {
    for (std::uint32_t i = cue; i > first; --i) {
      std::string_view w = doc_.lower(i - 1);
      if (w == "i" || w == "we" || w == "he" || w == "she" || w == "they") return w;
    }
    for (std::uint32_t i = first; i < cue; ++i)
      if (doc_.is_word(i)) return doc_.lower(i);
    return {};
  }

  /// The speaker for "I"; otherwise the government or organisation the speaker speaks for.
  std::optional<EntityIndex> speaker_side(EntityIndex speaker, std::string_view subject) const {
    if (subject == "i" || subject == "he" || subject == "she") return speaker;
    auto org = resolver_.affiliation_of(speaker);
    if (!org) return subject == "we" ? std::nullopt : std::optional<EntityIndex>(speaker);
    if (auto gov = resolver_.parent_government(*org)) return gov;
    return org;
  }

  /// The subject of a cue: the nearest entity to its left, but across a comma-closed
  /// appositive or relative clause to the entity it describes ("Page, a former banker in
  /// Moscow, met ...") and through "he"/"she" to the person last named before it.
  std::optional<EntityIndex> subject_before(std::uint32_t first, std::uint32_t before) const {
    for (std::uint32_t i = before; i > first; --i) {
      std::uint32_t t = i - 1;
      if (auto e = entity_at(t)) return e;
      std::string_view w = doc_.lower(t);
      if (w == "he" || w == "she" || w == "his" || w == "her")
        return in_quote_[t] ? std::nullopt : person_before(t);
      // A pronoun for someone unnamed ("some of whom have ties"): no subject to guess.
      if (w == "they" || w == "their" || w == "them" || w == "whom" || w == "it" || w == "its" ||
          w == "we" || w == "our" || w == "i" || w == "my")
        return std::nullopt;
      if (w != ",") continue;
      std::uint32_t open = t;
      while (open > first && doc_.lower(open - 1) != ",") --open;
      if (open > first && entity_at(open - 2)) return entity_at(open - 2);
    }
    return std::nullopt;
  }

  /// The entity a reduced relative's noun phrase stands for: "Russia Today, the network
  /// financed by" is Russia Today, "Manafort, hired by" Manafort; "part of a network funded
  /// by" names none.
  std::optional<EntityIndex> apposed_entity(std::uint32_t first, std::uint32_t i) const {
    for (std::uint32_t floor = i > first + 6 ? i - 6 : first; i > floor; --i) {
      std::string_view w = doc_.lower(i - 1);
      if (w == ",") return i - 1 > first ? entity_at(i - 2) : std::nullopt;
      if (!doc_.is_word(i - 1) || entity_at(i - 1) || (is_function_word(w) && !is_article(w)))
        return std::nullopt;
    }
    return std::nullopt;
  }

  /// The person most recently named before token `t`, in its sentence or the one before.
  std::optional<EntityIndex> person_before(std::uint32_t t) const {
    std::size_t s = doc_.sentence_of(t);
    std::uint32_t floor = doc_.sentences()[s > 0 ? s - 1 : s].first;
    for (std::uint32_t i = t; i > floor; --i)
      if (auto e = entity_at(i - 1); e && kind(*e) == EntityKind::person) return e;
    return std::nullopt;
  }

  std::optional<EntityIndex> nearest_left(std::uint32_t first, std::uint32_t before) const {
    for (std::uint32_t i = before; i > first; --i)
      if (auto e = entity_at(i - 1)) return e;
    return std::nullopt;
  }

  /// The party named at token `i`: a titled person for the words of their title ("Democratic
  /// Rep. Alma Adams" is Adams, not the party), else the entity there.
  std::optional<EntityIndex> party_at(std::uint32_t i) const {
    if (int titled = titled_by_[i]; titled >= 0) return resolver_.entity_of(titled);
    return entity_at(i);
  }

  std::optional<EntityIndex> nearest_right(std::uint32_t from, std::uint32_t last) const {
    for (std::uint32_t i = from; i < last && i < from + 8; ++i) {
      // "ties to the hacking of Mr. Powell's emails": past "of" a name only modifies a noun;
      // past a comma it belongs to another phrase.
      if (i > from && (doc_.lower(i) == "of" || doc_.lower(i) == ",")) return std::nullopt;
      // "spoke to Republican front-runner Donald Trump": the titled person, not the party.
      if (int titled = titled_by_[i]; titled >= 0) return resolver_.entity_of(titled);
      auto e = entity_at(i);
      if (!e) continue;
      // "talks in Paris", "met at the White House": where it happened, not who took part.
      if (is_location_word(i > from ? doc_.lower(article_start(from, i) - 1) : "")) {
        while (i + 1 < last && mention_at_[i + 1] == mention_at_[i]) ++i;
        continue;
      }
      if (auto person = possessed_person(i, last)) return person;
      // "did not meet the Commission's threshold": the party is the thing possessed.
      return possesses_thing(i, last) ? std::nullopt : e;
    }
    return std::nullopt;
  }

  /// The first token of the article before token `i`, or `i` (not before `floor`).
  std::uint32_t article_start(std::uint32_t floor, std::uint32_t i) const {
    while (i > floor + 1 && is_article(doc_.lower(i - 1))) --i;
    return i;
  }

  /// True when the mention at `i` is a possessor of a common noun: "the Commission's
  /// threshold", not "Trump's campaign" (one mention) nor "NBC's Lester Holt".
  bool possesses_thing(std::uint32_t i, std::uint32_t last) const {
    std::uint32_t j = i;
    while (j < last && mention_at_[j] == mention_at_[i]) ++j;
    return j + 1 < last && is_possessive(doc_.lower(j)) && !party_at(j + 1);
  }

  /// "asked NBC's Lester Holt": the person an entity's possessive introduces, if any.
  std::optional<EntityIndex> possessed_person(std::uint32_t i, std::uint32_t last) const {
    std::uint32_t j = i;
    while (j < last && mention_at_[j] == mention_at_[i]) ++j;
    if (j + 1 >= last || !is_possessive(doc_.lower(j))) return std::nullopt;
    auto next = party_at(j + 1);
    return next && kind(*next) == EntityKind::person ? next : std::nullopt;
  }

  /// Per token: is it part of a person's title ("campaign communications director")?
  std::vector<bool> title_index() const {
    std::vector<bool> at(doc_.size(), false);
    for (const Mention& m : mentions_)
      if (m.title) std::fill(at.begin() + m.title->first, at.begin() + m.title->title_last, true);
    return at;
  }

  /// Per token: does it lie inside quotation marks?
  static std::vector<bool> quote_index(const Document& doc, const std::vector<Quote>& quotes) {
    std::vector<bool> at(doc.size(), false);
    for (const Quote& q : quotes) std::fill(at.begin() + q.first, at.begin() + q.last, true);
    return at;
  }

  /// Per token: the titled mention whose title (with its modifier) covers it, or -1.
  std::vector<int> titled_by_index() const {
    std::vector<int> at(doc_.size(), -1);
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      if (!mentions_[m].title) continue;
      const TitleInfo& t = *mentions_[m].title;
      std::fill(at.begin() + t.first, at.begin() + t.title_last, static_cast<int>(m));
    }
    return at;
  }

  /// The entity a relation may name at token `i`: not a bare country adjective.
  std::optional<EntityIndex> entity_at(std::uint32_t i) const {
    int m = mention_at_[i];
    if (m < 0 || mentions_[m].head == "adjective") return std::nullopt;
    return resolver_.entity_of(m);
  }

  TokenRange clause_around(std::size_t s, TokenRange cue) const {
    const Sentence& sent = doc_.sentences()[s];
    std::uint32_t first = cue.first;
    // "has denied": an attribution cue's own auxiliary belongs to this clause.
    while (first > sent.first && cue_at_[first - 1] && cue_at_[first]) --first;
    while (first > sent.first && !opens_clause(doc_.lower(first - 1)) && !cue_at_[first - 1] &&
           !bounds_clause(first - 1))
      --first;
    std::uint32_t last = cue.last;
    while (last < sent.last && !ends_clause(doc_.lower(last)) && !bounds_clause(last)) ++last;
    return {first, last};
  }

  /// Dashes bound a clause, and so do the marks of quoted speech set off by a comma or colon
  /// (`"...," he said`, `he said: "..."`): its words are not its frame's. A quoted phrase
  /// inside a clause (`said "there were contacts" with the campaign`) bounds nothing.
  bool bounds_clause(std::uint32_t i) const {
    auto k = doc_.token(i).kind;
    if (k == TokenKind::dash) return true;
    if (k != TokenKind::open_quote && k != TokenKind::close_quote) return false;
    auto sets_off = [&](std::uint32_t j) {
      return j < doc_.size() && (doc_.lower(j) == "," || doc_.lower(j) == ":");
    };
    return (i > 0 && sets_off(i - 1)) || sets_off(i + 1);
  }

  bool has_before(std::uint32_t first, std::uint32_t cue, RelationCue what,
                  std::uint32_t window) const {
    for (std::uint32_t i = cue > first + window ? cue - window : first; i < cue; ++i) {
      auto m = cue_match(i, cue);
      if (m && *m.value == what) return true;
    }
    return false;
  }

  /// The innermost attribution whose content holds token `i`.
  const FoundAttribution* claim_covering(std::uint32_t i) const {
    return claim_at_[i] < 0 ? nullptr : &attributions_[claim_at_[i]];
  }

  /// True inside what a denial denies.
  bool inside_denied_content(std::uint32_t i) const { return denied_at_[i]; }

  EntityKind kind(EntityIndex e) const { return resolver_.entity(e).kind; }

  void add(RelationKind k, EntityIndex source, EntityIndex target, Stance stance, TokenRange cue,
           std::size_t s, const FoundAttribution* claim, double confidence) {
    if (source == target) return;
    Relation r;
    r.kind = k;
    r.source = source;
    r.target = target;
    r.stance = stance;
    r.confidence = confidence;
    // The speaker claims what they say even about themselves ("I never met him," Varga said).
    if (claim) r.claimant = claimant_of(*claim);
    if (claim) r.outlet = carrier_of(*claim);
    // In a block that "According to Yahoo News:" opens, the outlet carries every claim.
    if (!r.outlet) r.outlet = frame_outlet_[s];
    if (k == RelationKind::reported_by) {
      r.claimant.reset();  // the speaker is the source and the outlet the target already
      r.outlet.reset();
    }
    set_evidence(r, cue, s, claim);
    auto key = std::make_tuple(r.kind, r.source, r.target, r.evidence.start, r.evidence.end);
    if (!seen_.insert(key).second) return;  // the same relation from the same evidence
    out_.push_back(std::move(r));
  }

  /// Evidence is the cue's sentence, widened to the attribution that carries it.
  void set_evidence(Relation& r, TokenRange cue, std::size_t s,
                    const FoundAttribution* claim) const {
    const Sentence& sent = doc_.sentences()[s];
    std::uint32_t first = sent.first, last = sent.last;
    if (claim) {
      const Sentence& cs = doc_.sentences()[claim->sentence];
      first = std::min(first, cs.first);
      last = std::max(last, cs.last);
    }
    r.evidence = {doc_.token(first).cp_begin, doc_.token(last - 1).cp_end};
    r.evidence_text = std::string(doc_.surface(first, last));
    r.cue = {doc_.token(cue.first).cp_begin, doc_.token(cue.last - 1).cp_end};
    r.cue_text = std::string(doc_.surface(cue.first, cue.last));
  }

  const Document& doc_;
  const Lexicon& lex_;
  const std::vector<Mention>& mentions_;
  const std::vector<FoundAttribution>& attributions_;
  EntityResolver& resolver_;
  std::vector<int> mention_at_;
  std::vector<int> titled_by_;  // per token: the titled mention whose title covers it
  std::vector<bool> in_title_;  // per token: inside a person's title phrase
  std::vector<bool> in_quote_;  // per token: inside quotation marks
  std::vector<std::optional<EntityIndex>> frame_outlet_;  // per sentence: "According to X:"
  std::vector<PhraseMatch<RelationCue>> cues_;  // per token: the relation cue starting there
  std::vector<bool> cue_at_;
  std::vector<int> claim_at_;
  std::vector<bool> denied_at_;
  std::set<std::tuple<RelationKind, EntityIndex, EntityIndex, std::uint32_t, std::uint32_t>> seen_;
  std::vector<Relation> out_;
};

}  // namespace

std::vector<Relation> find_relations(const Document& doc, const Lexicon& lex,
                                     const std::vector<Mention>& mentions,
                                     const std::vector<Quote>& quotes,
                                     const std::vector<FoundAttribution>& attributions,
                                     EntityResolver& resolver) {
  return RelationFinder(doc, lex, mentions, quotes, attributions, resolver).run();
}

}  // namespace claimgraph
