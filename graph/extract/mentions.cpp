#include "graph/extract/mentions.h"

#include "graph/text/hash.h"
#include "graph/text/title_case.h"
#include "graph/text/utf8.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimgraph {

namespace {

bool is_quote_mark(const Token& t) {
  return t.kind == TokenKind::open_quote || t.kind == TokenKind::close_quote;
}

/// Lower-case connectors that may sit inside a proper name ("Bank of America", "Osama bin Laden").
bool is_name_connector(std::string_view w) {
  return w == "of" || w == "de" || w == "van" || w == "von" || w == "bin" || w == "al" ||
         w == "da" || w == "di" || w == "del" || w == "la" || w == "le" || w == "der";
}

/// "Jan.", "Sept.": a word cut short with a period is no name (initials are "J." or "J.R.").
bool is_abbreviation(std::string_view surface) {
  if (surface.size() < 4 || surface.back() != '.' || surface.front() < 'A' || surface.front() > 'Z')
    return false;
  return std::all_of(surface.begin() + 1, surface.end() - 1,
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

/// A US broadcast station's call sign (FCC: K or W and two or three more capitals, perhaps
/// with a band): "WCCB", "KSTP-TV", "WNYC-FM".
bool is_call_sign(std::string_view surface) {
  std::string_view sign = surface.substr(0, surface.find('-'));
  if (sign.size() < 4 || sign.size() > 5 || (sign[0] != 'K' && sign[0] != 'W')) return false;
  if (!std::all_of(sign.begin(), sign.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  std::string_view band = surface.substr(sign.size());
  return band.empty() || band == "-TV" || band == "-FM" || band == "-AM" || band == "-DT";
}

/// A rough plural: "journalists", "senators"; not "press", "bus".
bool is_plural_noun(std::string_view w) {
  return w.size() >= 4 && w.back() == 's' && !w.ends_with("ss");
}

/// "el-Sisi", "al-Assad", "bin-Talal": an Arabic article or patronymic joined to a capitalised
/// name is part of the name although the word begins in lower case.
bool is_particle_name(std::string_view surface) {
  // particle_length's own first test, inline: almost every word fails it.
  if (surface.size() < 4 ||
      (surface[0] != 'a' && surface[0] != 'e' && surface[0] != 'b' && surface[0] != 'i'))
    return false;
  std::size_t n = particle_length(surface);
  return n > 0 && surface[n] >= 'A' && surface[n] <= 'Z';
}

/// "Trump-esque", "Clinton-ish": a suffix that makes an adjective of a name.
bool is_adjective_suffix(std::string_view w) { return w == "esque" || w == "ish"; }

/// The participle of "Pakistan-based", "Saudi-led", "Kremlin-backed", "Russian-speaking",
/// "Texas-born": what makes a hyphenated word an adjective.
bool is_participle_tail(std::string_view w) {
  return (w.size() >= 3 && w.ends_with("ed")) || (w.size() >= 5 && w.ends_with("ing")) ||
         w == "born" || w == "run" || w == "made" || w == "style" || is_adjective_suffix(w);
}

/// A non-empty run of the letters a to z alone.
bool is_plain_word(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

/// Prepositions before where something happened: "in", "at", "from", "near", "outside".
bool is_place_preposition(std::string_view w) {
  return w == "in" || w == "at" || w == "from" || w == "near" || w == "outside";
}

/// A legislator's party and state in brackets: "R-Pa", "D-Calif.".
bool is_party_tag(std::string_view w) {
  return w.size() >= 3 && w.size() <= 9 && (w[0] == 'r' || w[0] == 'd' || w[0] == 'i') &&
         w[1] == '-';
}

class MentionFinder {
 public:
  MentionFinder(const Document& doc, const Lexicon& lex, const std::vector<Quote>& quotes)
      : doc_(doc), lex_(lex), quotes_(quotes) {
    // A headline quoted in prose ("an email stating, “Speaker Paul Ryan Joins Growing List of
    // Conservatives”") is as title-cased as one standing alone.
    for (const Quote& q : quotes_)
      quote_title_case_.push_back(is_title_case(doc_, q.first + 1, q.last));
    prepare();
  }

  std::vector<Mention> run() {
    for (const Sentence& s : doc_.sentences()) scan(s);
    mark_quoted();
    return std::move(out_);
  }

 private:
  /// The per-document set-up, in one pass over the tokens after the openers are known: the
  /// case evidence of sentence openers (see note_case) and the phrases starting at each token.
  void prepare() {
    add_openers();
    phrases_at_.assign(doc_.size(), kNoStart);
    found_.assign(2, Found{});  // kNoStart, kOpensByWord: no phrase starts there
    capitalised_.assign(doc_.size(), 0);
    for (const Sentence& s : doc_.sentences()) {
      std::uint32_t opener = doc_.first_word(s);
      for (std::uint32_t i = s.first; i < s.last; ++i) {
        bool particle = false;
        if (doc_.is_word(i)) particle = note_case(i, opener, s.prose);
        look_up_phrases(i, s.last, particle);
      }
    }
  }

  /// Adds a slot to opener_case_ for each sentence's first word.
  void add_openers() {
    std::size_t size = 16;
    while (size < 4 * doc_.sentences().size()) size *= 2;
    opener_case_.assign(size, OpenerSlot{});
    for (const Sentence& s : doc_.sentences())
      if (std::uint32_t i = doc_.first_word(s); i < s.last) {
        auto& slot = opener_case_[opener_index(doc_.lower_hash(i))];
        slot.hash = doc_.lower_hash(i);
        slot.used = true;
      }
  }

  /// Records what word `i` (of a sentence opening with `opener`) shows of a sentence opener's
  /// case: whether the article also writes it in lower case, and whether it capitalises it
  /// elsewhere; "Sisi" opening a sentence after "el-Sisi" is a name capitalised elsewhere.
  /// Returns whether the word is a particle name.
  bool note_case(std::uint32_t i, std::uint32_t opener, bool prose) {
    auto& slot = opener_case_[opener_index(doc_.lower_hash(i))];
    if (slot.used) {
      if (!doc_.token(i).capitalized)
        slot.flags |= kSeenLower;
      else if (i != opener && prose)
        slot.flags |= kSeenCapitalised;
    }
    if (!is_particle_name(doc_.surface(i))) return false;
    std::string_view bare = doc_.lower(i);
    bare.remove_prefix(particle_length(bare));
    auto& bare_slot = opener_case_[opener_index(word_hash(bare))];
    if (bare_slot.used) bare_slot.flags |= kSeenCapitalised;
    return true;
  }

  /// The slot of a sentence opener's word hash `h`, or the empty one where it would go.
  std::size_t opener_index(std::size_t h) const {
    std::size_t mask = opener_case_.size() - 1;
    std::size_t k = h & mask;
    while (opener_case_[k].used && opener_case_[k].hash != h) k = (k + 1) & mask;
    return k;
  }

  bool seen_lowercase(std::uint32_t i) const { return opener_flags(i) & kSeenLower; }
  bool seen_capitalised(std::uint32_t i) const { return opener_flags(i) & kSeenCapitalised; }
  std::uint8_t opener_flags(std::uint32_t i) const {
    return opener_case_[opener_index(doc_.lower_hash(i))].flags;
  }

  /// The lexicon phrases starting at token `i` of a sentence ending at `end`, looked up once
  /// (the scanners ask often); `particle`: the token is a particle name.
  void look_up_phrases(std::uint32_t i, std::uint32_t end, bool particle) {
    Found f{lex_.names.match(doc_, i, end), lex_.country_words.match(doc_, i, end),
            lex_.titles.match(doc_, i, end)};
    if (f.name || f.country || f.title) {
      phrases_at_[i] = static_cast<std::uint32_t>(found_.size());
      found_.push_back(f);
    } else if (opens_by_word(i, particle)) {
      phrases_at_[i] = kOpensByWord;
    }
  }

  /// True when token `i`'s own word lets a rule of scan_prose begin there without a lexicon
  /// phrase: descriptor needs "the" or a capitalised word; town_and_region and name_chunk need
  /// is_capitalised_word, which needs a capitalised word or a particle name.
  bool opens_by_word(std::uint32_t i, bool particle) const {
    if (doc_.lower(i) == "the") return true;
    return doc_.is_word(i) && (doc_.token(i).capitalized || particle);
  }

  // Phrase look-ups within a sentence ending at `end`.
  PhraseMatch<KnownName> name_at(std::uint32_t i, std::uint32_t end) const {
    return i < end ? found_[phrases_at_[i]].name : PhraseMatch<KnownName>{};
  }
  PhraseMatch<std::uint32_t> country_at(std::uint32_t i, std::uint32_t end) const {
    return i < end ? found_[phrases_at_[i]].country : PhraseMatch<std::uint32_t>{};
  }
  PhraseMatch<Title> title_at(std::uint32_t i, std::uint32_t end) const {
    return i < end ? found_[phrases_at_[i]].title : PhraseMatch<Title>{};
  }

  void scan(const Sentence& s) {
    sentence_ = s;
    sentence_start_ = doc_.first_word(s);
    title_case_ = is_title_case(doc_, s);
    std::uint32_t i = s.first;
    while (i < s.last) {
      // Every prose rule returns 0 at a token that may start none (see phrases_at_).
      if (s.prose && phrases_at_[i] == kNoStart) {
        ++i;
        continue;
      }
      std::uint32_t next = s.prose ? scan_prose(i, s.last) : scan_headline(i, s.last);
      i = next > i ? next : i + 1;
    }
  }

  /// Headlines and captions are title-cased, so only lexicon names are trusted there.
  std::uint32_t scan_headline(std::uint32_t i, std::uint32_t end) {
    auto m = name_at(i, end);
    if (!m || m.value->ambiguous) return i + 1;
    emit_known(i, i + static_cast<std::uint32_t>(m.length), *m.value);
    return i + static_cast<std::uint32_t>(m.length);
  }

  std::uint32_t scan_prose(std::uint32_t i, std::uint32_t end) {
    if (auto n = town_and_region(i, end)) return n;
    if (auto n = country_body(i, end)) return n;
    if (auto n = known_name(i, end)) return n;
    if (auto n = country_modifier(i, end)) return n;
    if (auto n = country_org(i, end)) return n;
    if (auto n = country_group(i, end)) return n;
    if (auto n = descriptor(i, end)) return n;
    if (auto n = titled_person(i, end)) return n;
    if (auto n = name_chunk(i, end)) return n;
    return i + 1;
  }

  /// The end of "in McDonough, Georgia", "from Muncie, Indiana": a town named with its state
  /// or country after a preposition of place is where something happened, and neither name
  /// is an actor there; else 0.
  std::uint32_t town_and_region(std::uint32_t i, std::uint32_t end) const {
    if (i == 0 || !is_place_preposition(doc_.lower(i - 1))) return 0;
    std::uint32_t j = i;
    while (j < end && j < i + 3 && is_capitalised_word(j)) ++j;
    if (j == i || j + 1 >= end || doc_.lower(j) != ",") return 0;
    auto region = lex_.places.match(doc_, j + 1, end);
    auto country = country_at(j + 1, end);
    std::size_t length = std::max(region ? region.length : 0, country ? country.length : 0);
    if (length == 0) return 0;
    std::uint32_t k = j + 1 + static_cast<std::uint32_t>(length);
    // "in Austin, Texas Republicans": a name going on after the region is no address.
    if (k < end && (is_capitalised_word(k) || doc_.lower(k) == "'s")) return 0;
    return k;
  }

  /// "Russian embassy staff", "Russia's Foreign Ministry", "Chinese officials".
  std::uint32_t country_body(std::uint32_t i, std::uint32_t end) {
    auto c = country_at(i, end);
    if (!c) return 0;
    std::uint32_t j = i + static_cast<std::uint32_t>(c.length);
    if (j < end && doc_.lower(j) == "'s") ++j;
    auto body = lex_.body_nouns.match(doc_, j, end);
    if (!body) return 0;
    // "U.S. Secret Service": a body the lexicon names is that body, not the words' sum.
    std::uint32_t last = j + static_cast<std::uint32_t>(body.length);
    if (auto known = name_at(i, end); known && i + known.length >= last) return 0;
    const Country& country = lex_.countries[*c.value];
    Mention m = base(i, j + static_cast<std::uint32_t>(body.length), EntityKind::government);
    m.kind_known = true;
    m.country = country.name;
    m.canonical =
        *body.value == "=government" ? country.government : country.adjective + " " + *body.value;
    out_.push_back(std::move(m));
    return j + static_cast<std::uint32_t>(body.length);
  }

  std::uint32_t known_name(std::uint32_t i, std::uint32_t end) {
    auto m = name_at(i, end);
    if (!m) return 0;
    if (m.value->ambiguous && i == sentence_start_) return 0;
    std::uint32_t j = i + static_cast<std::uint32_t>(m.length);
    // Local stations are written with their channel: "CBS 4", "NBC 5".
    if (m.value->kind == EntityKind::outlet && j < end && !doc_.lower(j).empty() &&
        doc_.lower(j).find_first_not_of("0123456789") == std::string::npos) {
      Mention station = base(i, j + 1, EntityKind::outlet);
      station.kind_known = true;
      station.canonical = std::string(doc_.surface(i, j + 1));
      out_.push_back(std::move(station));
      return j + 1;
    }
    if (auto k = committee_end(j, end, *m.value); k > j) {
      // "Senate Armed Services Committee": a body's own committee is a body of its own.
      Mention committee = base(i, k, EntityKind::government);
      committee.kind_known = true;
      std::uint32_t name_first = doc_.lower(i) == "the" ? i + 1 : i;
      committee.canonical = std::string(doc_.surface(name_first, k));
      committee.country = m.value->country;
      out_.push_back(std::move(committee));
      return k;
    }
    if (auto k = own_organisation_end(j, end, *m.value); k > j) {
      // "Daily Caller News Foundation": an outlet's or organisation's own foundation or
      // institute is an organisation of its own.
      out_.push_back(organisation(i, k, EntityKind::organization));
      return k;
    }
    if (auto k = party_group_end(i, j, end, *m.value); k > j) {
      // "Republican senators": members of the party, not the party.
      Mention group = base(i, k, EntityKind::group);
      group.type = MentionType::group;
      group.canonical = std::string(doc_.surface(i, k));
      out_.push_back(std::move(group));
      return k;
    }
    emit_known(i, j, *m.value);
    return j;
  }

  /// The end of "Republican senators" after a one-word organisation name used as an adjective,
  /// or `j`.
  std::uint32_t party_group_end(std::uint32_t i, std::uint32_t j, std::uint32_t end,
                                const KnownName& name) const {
    if (name.kind != EntityKind::organization || j != i + 1 || j >= end) return j;
    if (!doc_.is_word(j) || doc_.token(j).capitalized) return j;
    // "Republican communications strategist": the plural modifies a title, names no group.
    if (j + 1 < end && (title_at(j + 1, end) || lex_.person_nouns.count(doc_.lower(j + 1))))
      return j;
    return names_people(doc_.lower(j)) ? j + 1 : j;
  }

  /// The end of two capitalised words or more ending in an organisation word after an
  /// outlet's or organisation's name ("News Foundation" of "Daily Caller News Foundation"),
  /// or `j`.
  std::uint32_t own_organisation_end(std::uint32_t j, std::uint32_t end,
                                     const KnownName& name) const {
    if (name.kind != EntityKind::outlet && name.kind != EntityKind::organization) return j;
    if (j >= end || !is_capitalised_word(j) || starts_other(j, end)) return j;
    std::uint32_t k = chunk_end(j, end);
    auto suffix = lex_.org_suffixes.find(doc_.lower(k - 1));
    bool organisation =
        suffix != lex_.org_suffixes.end() && suffix->second == EntityKind::organization;
    return k - j >= 2 && organisation ? k : j;
  }

  /// The end of a capitalised committee name after a government body's name, or `j`.
  std::uint32_t committee_end(std::uint32_t j, std::uint32_t end, const KnownName& body) const {
    if (body.kind != EntityKind::government || body.is_country || j >= end) return j;
    if (!is_capitalised_word(j) || starts_other(j, end)) return j;
    std::uint32_t k = chunk_end(j, end);
    std::string_view last = doc_.lower(k - 1);
    bool committee = last == "committee" || last == "subcommittee" || last == "caucus" ||
                     last == "commission" || last == "panel";
    return committee ? k : j;
  }

  void emit_known(std::uint32_t i, std::uint32_t j, const KnownName& name) {
    Mention m = base(i, j, name.kind);
    m.type = name.is_country ? MentionType::country : MentionType::name;
    m.canonical = name.canonical;
    m.country = name.country;
    m.kind_known = true;
    out_.push_back(std::move(m));
  }

  /// A country adjective in front of a title ("Russian President ...") modifies the title.
  std::uint32_t country_modifier(std::uint32_t i, std::uint32_t end) {
    auto c = country_at(i, end);
    if (!c) return 0;
    std::uint32_t j = i + static_cast<std::uint32_t>(c.length);
    if (!title_at(j, end)) return 0;
    const Country& country = lex_.countries[*c.value];
    Mention m = base(i, j, EntityKind::government);
    m.type = MentionType::country;
    m.head = "adjective";
    m.canonical = country.government;
    m.country = country.name;
    m.kind_known = true;
    out_.push_back(std::move(m));
    return j;
  }

  /// "American Enterprise Institute", "Chinese Academy of Sciences": a nationality adjective
  /// opening an organisation's name of two words or more belongs to the name.
  std::uint32_t country_org(std::uint32_t i, std::uint32_t end) {
    auto c = country_at(i, end);
    if (!c || name_at(i, end)) return 0;
    std::uint32_t j = i + static_cast<std::uint32_t>(c.length);
    if (j >= end || !is_capitalised_word(j) || starts_other(j, end)) return 0;
    std::uint32_t k = chunk_end(j, end);
    if (k - j < 2) return 0;  // "U.S. Media", "Russian Army": a nationality and a common noun
    auto kind = org_kind(i, k);
    if (!kind || lex_.non_entity_suffixes.count(doc_.lower(k - 1))) return 0;
    Mention m = base(i, k, *kind);
    m.canonical = std::string(doc_.surface(i, k));
    m.kind_known = true;
    out_.push_back(std::move(m));
    return k;
  }

  /// True when `w` is the plural of a kind of person: "voters", "oligarchs", "refugees"; not
  /// "interests" or "places" ("the importance the U.S. places on").
  bool names_people(std::string_view w) const { return holds_singular_of(lex_.person_nouns, w); }

  /// "Russian journalists", "American voters": an unnamed group, kept only if it takes part.
  std::uint32_t country_group(std::uint32_t i, std::uint32_t end) {
    auto c = country_at(i, end);
    if (!c) return 0;
    std::uint32_t j = i + static_cast<std::uint32_t>(c.length);
    if (j >= end || !doc_.is_word(j) || doc_.token(j).capitalized) return j;
    if (!names_people(doc_.lower(j))) return j;
    Mention m = base(i, j + 1, EntityKind::group);
    m.type = MentionType::group;
    m.canonical = std::string(doc_.surface(i, j + 1));
    m.country = lex_.countries[*c.value].name;
    out_.push_back(std::move(m));
    return j + 1;
  }

  /// "the campaign", "the ministry", "the spokeswoman": resolved later to an earlier entity.
  std::uint32_t descriptor(std::uint32_t i, std::uint32_t end) {
    bool the = doc_.lower(i) == "the";
    std::uint32_t j = the ? i + 1 : i;
    if (j >= end || !doc_.is_word(j)) return 0;
    // A bare capitalised head also refers back when it modifies a title ("Ministry spokesperson").
    if (!the && !(doc_.token(j).capitalized && (j != sentence_start_ || title_at(j + 1, end))))
      return 0;
    auto suffix = lex_.descriptors.find(doc_.lower(j));
    if (suffix == lex_.descriptors.end()) return 0;
    if (j + 1 < end && doc_.is_word(j + 1) &&
        (doc_.token(j + 1).capitalized || doc_.lower(j + 1) == "of" ||
         org_connector(j, j + 1, end)))
      return 0;  // "the Committee for a Responsible Budget" is a name, no reference back
    Mention m = base(i, j + 1, suffix->second);
    m.type = MentionType::descriptor;
    m.head = doc_.lower(j);
    m.kind_known = true;
    out_.push_back(std::move(m));
    return j + 1;
  }

  /// A title followed by a name: "Deputy Foreign Minister Sergei Ryabkov", "Sen. Ted Cruz".
  std::uint32_t titled_person(std::uint32_t i, std::uint32_t end) {
    auto t = title_at(i, end);
    if (!t) return 0;
    std::uint32_t name_first = i + static_cast<std::uint32_t>(t.length);
    // "the RT editor in chief, Margarita Simonyan": a title may stand in apposition before
    // the name it belongs to.
    if (name_first + 1 < end && doc_.lower(name_first) == "," && i > 0 &&
        (modifier_before(i) || doc_.lower(i - 1) == "the" || doc_.lower(i - 1) == "another")) {
      ++name_first;
      // "Trump's running mate, Gov. Mike Pence": the name's own title is no part of it.
      if (auto own = title_at(name_first, end))
        name_first += static_cast<std::uint32_t>(own.length);
    }
    // "Deputy Executive Director Bill Baroni": titles in a row are one title.
    while (auto next = title_at(name_first, end))
      name_first += static_cast<std::uint32_t>(next.length);
    // "NATO member Estonia": a country, place or known name after a title is no person.
    if (name_at(name_first, end) || country_at(name_first, end) ||
        lex_.places.match(doc_, name_first, end))
      return 0;
    std::uint32_t name_last = chunk_end(name_first, end);
    if (name_last == name_first) return 0;
    std::uint32_t title_last = name_first;
    // "Super PAC Chief Praises Marco Rubio": in title case a titled name opens with a given
    // name, one or two words on (the verb between is no part of it): "Texas Gov. Hears About"
    // names no one.
    if (in_title_case(name_first)) {
      std::uint32_t given = name_first;
      while (given + 1 < name_last && given < name_first + 2 &&
             !lex_.first_names.count(doc_.lower(given)))
        ++given;
      if (!lex_.first_names.count(doc_.lower(given))) return 0;
      name_first = given;
    }
    name_last = title_case_name_end(name_first, name_last);
    // "GOP Executive Committee": an organisation's name, not a titled person.
    std::string_view last_word = doc_.lower(name_last - 1);
    if (lex_.org_suffixes.count(last_word) || lex_.non_entity_suffixes.count(last_word)) return 0;
    TitleInfo info;
    info.first = i;
    info.title_first = i;
    info.title_last = title_last;
    info.title = t.value;
    info.modifier = modifier_before(i);
    info.local = place_end_ == i || (i > 0 && place_end_ == i - 1 && doc_.lower(i - 1) == "'s");
    info.place_first = place_first_;
    if (info.modifier) info.first = out_[*info.modifier].first;
    Mention m = person_chunk(name_first, name_last);
    m.kind_known = true;
    m.title = info;
    out_.push_back(std::move(m));
    return name_last;
  }

  /// The mention right before a title, allowing a possessive: "Russia's", "Trump", "FBI", and
  /// before a lower-case title up to two words of the post's field ("Clinton communication
  /// director"); a capitalised title is a name's prefix ("Amazon's experience under President
  /// Obama").
  std::optional<std::uint32_t> modifier_before(std::uint32_t i) const {
    if (out_.empty()) return std::nullopt;
    std::uint32_t at = i;
    bool lower_title = !doc_.token(i).capitalized;
    for (int k = 0; lower_title && k < 2 && at > 0 && is_field_word(at - 1); ++k) --at;
    if (at > 0 && doc_.lower(at - 1) == "'s") --at;
    const Mention& last = out_.back();
    if (last.last != at && (at == i || last.last != i)) return std::nullopt;
    return static_cast<std::uint32_t>(out_.size() - 1);
  }

  /// An ordinary lower-case noun or adjective (WordNet) that may name a post's field before its
  /// title ("communication", "policy"); no verb form ("hired") or reporting word ("said").
  bool is_field_word(std::uint32_t j) const {
    if (!doc_.is_word(j) || doc_.token(j).capitalized) return false;
    std::string_view w = doc_.lower(j);
    return w.size() > 3 && !w.ends_with("ed") && !w.ends_with("ly") && lex_.common_words.count(w) &&
           !lex_.attribution_cues.match(doc_, j, j + 1);
  }

  /// A run of capitalised words, stopping where a lexicon name, country word or title begins.
  std::uint32_t chunk_end(std::uint32_t i, std::uint32_t end) const {
    std::uint32_t j = i;
    bool in_org = false;  // right after an organisation's "for": a country adjective goes on
    while (j < end) {
      if (is_capitalised_word(j) || (in_org && capitalised_plural(j))) {
        if (j > i && !in_org && starts_other(j, end) && !title_as_surname(i, j, end) &&
            !known_word_as_surname(i, j, end))
          break;
        in_org = false;
        ++j;
      } else if (j > i && of_after_org_word(j, end)) {
        // "Federation of Republican Women", "Zionist Organization of America": after an
        // organisation word and "of", capitals go on its name, a party's or country's too.
        ++j;
        while (j < end && goes_on_after_of(j, end)) ++j;
      } else if (j > i && is_name_connector(doc_.lower(j)) && j + 1 < end &&
                 is_capitalised_word(j + 1)) {
        ++j;
      } else if (std::uint32_t n = j > i ? org_connector(i, j, end) : 0) {
        j += n;
        in_org = true;
      } else if (std::uint32_t k = j > i ? plural_in_org_name(j, end) : 0) {
        j = k;
      } else {
        break;
      }
    }
    // "Bank of" loses its "of"; "Ken Van" keeps his capitalised "Van".
    while (j > i && is_name_connector(doc_.lower(j - 1)) && !doc_.token(j - 1).capitalized) --j;
    return j;
  }

  /// True when token `j` is "of" after an organisation word ("Bank", "Ministry", "Federation")
  /// and a word of its name follows it.
  bool of_after_org_word(std::uint32_t j, std::uint32_t end) const {
    return doc_.lower(j) == "of" && lex_.org_suffixes.count(doc_.lower(j - 1)) && j + 1 < end &&
           goes_on_after_of(j + 1, end);
  }

  /// A capitalised word that goes on an organisation's name after its "of": a party's or a
  /// country's too ("of Republican Women", "of America"), but no title or person's name ("of
  /// Defense Igor Konashenkov", "of President Obama").
  bool goes_on_after_of(std::uint32_t j, std::uint32_t end) const {
    if (!doc_.is_word(j) || !doc_.token(j).capitalized || title_at(j, end)) return false;
    bool person_next = j + 1 < end && doc_.is_word(j + 1) && doc_.token(j + 1).capitalized;
    return !(lex_.first_names.count(doc_.lower(j)) && person_next);
  }

  /// "Employees" of "Service Employees International Union": a capitalised plural kept out of
  /// names ("Trump Supporters") is inside one that goes on to an organisation word; returns
  /// the end of that name, or 0.
  std::uint32_t plural_in_org_name(std::uint32_t j, std::uint32_t end) const {
    if (!capitalised_plural(j)) return 0;
    for (std::uint32_t k = j + 1; k < end && k < j + 4; ++k) {
      if (!doc_.is_word(k) || !doc_.token(k).capitalized) return 0;
      if (lex_.org_suffixes.count(doc_.lower(k))) return k + 1;
    }
    return 0;
  }

  /// A capitalised plural the stop words keep out of names: "Employees", "Scholars".
  bool capitalised_plural(std::uint32_t j) const {
    return doc_.is_word(j) && doc_.token(j).capitalized && is_plural_noun(doc_.lower(j)) &&
           is_stop_cap(doc_.lower(j));
  }

  /// capitalised_word, memoised for the sentence being scanned (the rules ask for the same
  /// tokens again and again); within it the answer depends on the token alone.
  bool is_capitalised_word(std::uint32_t j) const {
    if (j < sentence_.first || j >= sentence_.last) return capitalised_word(j);
    std::uint8_t& known = capitalised_[j];
    if (known == 0) known = capitalised_word(j) ? 2 : 1;
    return known == 2;
  }

  /// A word that may be part of a name: capitalised (or a particle name) and no stop word,
  /// shouted lead-in or adjective, in the sentence whose first word is sentence_start_.
  bool capitalised_word(std::uint32_t j) const {
    if (!doc_.is_word(j)) return false;
    if (!doc_.token(j).capitalized) return is_particle_name(doc_.surface(j));
    std::string_view w = doc_.lower(j);
    if (w == "i" || is_hyphenated_modifier(j) || is_shouted_word(j)) return false;
    // "Shaw & Co.": an abbreviated company suffix after "&" closes a name, it opens none.
    if (j > 0 && doc_.surface(j - 1) == "&" && w.ends_with('.') && lex_.org_suffixes.count(w))
      return false;
    if (is_stop_cap(w) && !after_first_name(j)) return false;
    // A sentence's first word is capitalised anyway: unless the article capitalises it
    // elsewhere, an ordinary word there ("Conservative economist ...") begins no name.
    if (j == sentence_start_ && !seen_capitalised(j) && !lex_.first_names.count(w) &&
        (seen_lowercase(j) || lex_.common_words.count(w)))
      return false;
    return true;
  }

  /// "Ian Read", "Mark May": inside a sentence, a capitalised word after a capitalised first
  /// name is a surname, even one that is also a stop word.
  bool after_first_name(std::uint32_t j) const {
    if (j == 0 || j == sentence_start_ || j - 1 == sentence_start_) return false;
    const Token& before = doc_.token(j - 1);
    return doc_.is_word(j - 1) && before.capitalized && lex_.first_names.count(doc_.lower(j - 1));
  }

  /// "REMEMBERING", "BREAKING": an ordinary word or verb form in capitals, as a lead-in shouts.
  bool is_shouted_word(std::uint32_t j) const {
    std::string_view surface = doc_.surface(j);
    if (surface.size() < 6) return false;
    for (char c : surface)
      if (c < 'A' || c > 'Z') return false;
    std::string_view w = doc_.lower(j);
    return lex_.common_words.count(w) || w.ends_with("ing") || w.ends_with("ed");
  }

  /// A stop word, also abbreviated with a dot ("Sept." for "Sept").
  bool is_stop_cap(std::string_view w) const {
    if (lex_.stop_caps.count(w)) return true;
    return w.size() > 2 && w.back() == '.' && lex_.stop_caps.count(w.substr(0, w.size() - 1));
  }

  /// "Pakistan-based", "US-Egypt", "Clinton-Donald" (of "Hillary Clinton-Donald Trump"): a
  /// hyphenated word ending in a lower-case part, joining a country or place, or ending in a
  /// first name that does not begin it and a surname after it is an adjective or a pairing.
  bool is_hyphenated_modifier(std::uint32_t j) const {
    std::string_view surface = doc_.surface(j);
    auto dash = surface.rfind('-');
    if (dash == std::string_view::npos || dash + 1 >= surface.size()) return false;
    std::string_view lower = doc_.lower(j);
    std::string_view head = lower.substr(0, lower.find('-')), tail = lower.substr(dash + 1);
    if (std::islower(static_cast<unsigned char>(surface[dash + 1]))) {
      // "Oscar-winner", "NYC-area", "Obama-plus" open no name with a lower-case word after
      // the hyphen; "Ban Ki-moon" and "Kim Jong-un" go on a name already begun.
      bool opens = j == 0 || !doc_.is_word(j - 1) || !doc_.token(j - 1).capitalized;
      return opens || is_participle_tail(tail);
    }
    for (std::string_view part : {head, tail})
      if (names_place(part)) return true;
    // A first name after the hyphen begins a second person only if a surname follows it.
    bool surname_next = j + 1 < doc_.size() && doc_.is_word(j + 1) && doc_.token(j + 1).capitalized;
    return surname_next && lex_.first_names.count(tail) && !lex_.first_names.count(head);
  }

  /// True when the lower-case part `part` of a hyphenated word is a country word or a place.
  bool names_place(std::string_view part) const {
    // A run of a-z is one token as Document splits it: find_word looks it up without the
    // Document find builds to tokenise it.
    if (is_plain_word(part))
      return lex_.country_words.find_word(part) || lex_.places.find_word(part);
    return lex_.country_words.find(part) || lex_.places.find(part);
  }

  /// "Sen. Ann Lee of Ohio": "of" and a place after a name say where the person is from;
  /// after an organisation word they are part of the name ("University of Maryland").
  bool is_place_after_of(std::uint32_t j, std::uint32_t end) const {
    if (doc_.lower(j) != "of" || lex_.org_suffixes.count(doc_.lower(j - 1))) return false;
    return lex_.places.match(doc_, j + 1, end) || country_at(j + 1, end);
  }

  /// "Larry King", "Peter T. King", "Mr. King": a one-word title right after a lone first
  /// name (and its initials) is a surname, unless a name follows it ("Donald President Trump"
  /// is not how news writes).
  bool title_as_surname(std::uint32_t i, std::uint32_t j, std::uint32_t end) const {
    if (!after_lone_given_name(i, j)) return false;
    auto t = title_at(j, end);
    if (!t || t.length != 1 || name_at(j, end) || country_at(j, end)) return false;
    return j + 1 >= end || !is_capitalised_word(j + 1);
  }

  /// "Howard Stern", "Vernon Jordan": a one-word known name or country right after a lone
  /// first name is a surname, unless a capitalised word follows it.
  bool known_word_as_surname(std::uint32_t i, std::uint32_t j, std::uint32_t end) const {
    if (!after_lone_given_name(i, j) || is_honorific(doc_.lower(i))) return false;
    auto known = name_at(j, end);
    auto country = country_at(j, end);
    if (std::max(known ? known.length : 0, country ? country.length : 0) != 1) return false;
    return j + 1 >= end || !is_capitalised_word(j + 1);
  }

  /// True when [i, j) is a first name or honorific and its initials alone: "Peter T.".
  bool after_lone_given_name(std::uint32_t i, std::uint32_t j) const {
    if (j <= i || !(lex_.first_names.count(doc_.lower(i)) || is_honorific(doc_.lower(i))))
      return false;
    for (std::uint32_t k = i + 1; k < j; ++k)
      if (!is_initials(doc_.lower(k))) return false;
    return true;
  }

  /// How many tokens of "for", "on", "for a", "for the" go on an organisation's name at `j`
  /// ("Center for Transatlantic Relations", "Committee for a Responsible Federal Budget"):
  /// they must follow an organisation word and come before a capitalised one; or 1 for an
  /// "and" joining two parts of one ("Central and East European Coalition"); else 0.
  std::uint32_t org_connector(std::uint32_t i, std::uint32_t j, std::uint32_t end) const {
    std::string_view w = doc_.lower(j);
    if (w != "for" && w != "on") return and_connector(i, j, end) ? 1 : 0;
    if (!lex_.org_suffixes.count(doc_.lower(j - 1))) return 0;
    std::uint32_t n = j + 1;
    if (n < end && (doc_.lower(n) == "a" || doc_.lower(n) == "the")) ++n;
    return org_name_word(n, end) ? n - j : 0;
  }

  /// A word that goes on an organisation's name after "for": a capitalised one that begins no
  /// other name, or a nationality adjective before such a one ("for American Progress").
  bool org_name_word(std::uint32_t n, std::uint32_t end) const {
    if (n < end && capitalised_plural(n)) return true;  // "Center for Scholars"
    if (n >= end || !is_capitalised_word(n)) return false;
    if (!starts_other(n, end)) return true;
    auto c = country_at(n, end);
    if (!c || name_at(n, end)) return false;
    std::uint32_t after = n + static_cast<std::uint32_t>(c.length);
    return after < end && is_capitalised_word(after) && !starts_other(after, end);
  }

  /// "and" joining two parts of one organisation's name: the part after it ends in an
  /// organisation word ("Central and East European Coalition").
  bool and_connector(std::uint32_t i, std::uint32_t j, std::uint32_t end) const {
    if (doc_.lower(j) != "and" || lex_.first_names.count(doc_.lower(i))) return false;
    if (j + 1 >= end || !is_capitalised_word(j + 1) || starts_other(j + 1, end)) return false;
    // "American Energy Alliance and Institute for Energy Research": a name already ended by
    // an organisation word is complete, and "and" begins another.
    if (lex_.org_suffixes.count(doc_.lower(j - 1))) return false;
    // "Center on Budget and Policy Priorities": an organisation's name so far goes on.
    if (org_kind(i, j)) return true;
    std::uint32_t k = chunk_end(j + 1, end);
    return k > j + 1 && lex_.org_suffixes.count(doc_.lower(k - 1)) > 0;
  }

  /// The kind an organisation word gives a chunk: its last word, or the word before a "for",
  /// "on" or "of" inside it ("Center for Transatlantic Relations", "Chamber of Commerce").
  std::optional<EntityKind> org_kind(std::uint32_t i, std::uint32_t j) const {
    auto head = org_word(i, j);
    if (!head) return std::nullopt;
    EntityKind kind = lex_.org_suffixes.find(doc_.lower(*head))->second;
    bool local = kind == EntityKind::organization && local_body(i, *head);
    return local ? EntityKind::government : kind;
  }

  /// The token of a chunk's organisation word (see org_kind), if it has one.
  std::optional<std::uint32_t> org_word(std::uint32_t i, std::uint32_t j) const {
    if (j - i < 2) return std::nullopt;
    if (lex_.org_suffixes.count(doc_.lower(j - 1))) return j - 1;
    for (std::uint32_t k = i + 1; k + 1 < j; ++k) {
      std::string_view w = doc_.lower(k);
      if ((w == "for" || w == "on" || w == "of") && lex_.org_suffixes.count(doc_.lower(k - 1)))
        return k - 1;
    }
    return std::nullopt;
  }

  /// "Charlotte City Council", "Chesapeake School Board", "Fairfax County Board of
  /// Supervisors": a council, board or commission of a city, county, town or school district
  /// is part of local government.
  bool local_body(std::uint32_t i, std::uint32_t head) const {
    std::string_view noun = doc_.lower(head);
    if (noun != "council" && noun != "board" && noun != "commission") return false;
    for (std::uint32_t k = i; k < head; ++k) {
      std::string_view w = doc_.lower(k);
      if (w == "city" || w == "county" || w == "town" || w == "village" || w == "township" ||
          w == "school" || w == "municipal")
        return true;
    }
    return false;
  }

  bool starts_other(std::uint32_t j, std::uint32_t end) const {
    return name_at(j, end) || title_at(j, end) || country_at(j, end);
  }

  /// A capitalised chunk: an organisation, a campaign, a person or a surname to resolve.
  std::uint32_t name_chunk(std::uint32_t i, std::uint32_t end) {
    std::uint32_t j = chunk_end(i, end);
    if (j == i) return 0;
    if (auto n = place(i, j, end)) return n;
    // "#BernieOrBust" is a hashtag; "Dream Act activist" names a law, not an actor.
    if (i > 0 && doc_.surface(i - 1) == "#") return j;
    // "Chief of Naval Personnel", "Secretary of the Navy": an office, not its holder.
    if (j - i >= 3 && title_at(i, j) && doc_.lower(i + 1) == "of") return j;
    if (j - i >= 2 && lex_.non_entity_suffixes.count(doc_.lower(j - 1))) return j;
    if (title_at(j, end) || (j + 1 < end && doc_.lower(j) == "'s" && title_at(j + 1, end))) {
      // A modifier of the title that follows ("Trump spokesperson Hope Hicks").
      out_.push_back(title_modifier(i, j));
      return j;
    }
    if (auto n = campaign(i, j, end)) return n;
    if (j - i == 1 && (is_honorific(doc_.lower(i)) || is_party_tag(doc_.lower(i)))) return j;
    if (j - i == 1 && title_at(i, j)) return j;  // "the CEO", "Senator" alone name no one
    if (j - i == 1 && lex_.org_suffixes.count(doc_.lower(i))) return j;  // "the PAC" spent
    if (j - i == 1 && is_abbreviation(doc_.surface(i))) return j;        // "Jan." of "Jan. 20"
    if (j - i == 1 && is_call_sign(doc_.surface(i))) {                   // "KSTP-TV", "WCCB"
      out_.push_back(organisation(i, j, EntityKind::outlet));
      return j;
    }
    if (only_initials_or_suffix(i, j)) return j;
    if (auto kind = org_kind(i, j)) {
      out_.push_back(organisation(i, j, *kind));
      return j;
    }
    if (unknown_opener(i, j)) return j;
    if (j - i >= 4) {
      if (!in_title_case(i) && doc_.surface(i, j).find(" of ") != std::string_view::npos) {
        Mention m = base(i, j, EntityKind::organization);
        m.canonical = std::string(doc_.surface(i, j));
        out_.push_back(std::move(m));
      }
      return j;
    }
    // "a URL link": initials WordNet writes in lower case are a thing, not a group or firm.
    if (is_acronym(i, j) && j - i == 1 && lex_.common_words.count(doc_.lower(i))) return j;
    if (is_acronym(i, j)) {
      // "DFA", "FDT": people are not written as capital initials, groups and firms are.
      Mention m = base(i, j, EntityKind::organization);
      m.canonical = std::string(doc_.surface(i, j));
      out_.push_back(std::move(m));
      return j;
    }
    // "Libertarian Gary Johnson", "Praises Marco Rubio": an ordinary word before a first name
    // describes the person or belongs to a title-cased headline; the name starts after it.
    std::uint32_t first = i;
    while (j - first >= 3 &&
           (describes_name(doc_.lower(first)) || in_title_case(first) ||
            unknown_opener(first, first + 1)) &&
           !lex_.first_names.count(doc_.lower(first)) &&
           lex_.first_names.count(doc_.lower(first + 1)))
      ++first;
    if (j - first >= 2 && lowercase_compound(first)) ++first;
    out_.push_back(person_chunk(first, title_case_name_end(first, j)));
    return j;
  }

  /// "Botox-maker", "Obama-era": a capitalised word joined to a lower-case one of three
  /// letters or more describes what follows; it is no part of a name ("Dan-el" may be).
  bool lowercase_compound(std::uint32_t k) const {
    std::string_view w = doc_.surface(k);
    auto dash = w.rfind('-');
    if (dash == std::string_view::npos || w.size() - dash < 4) return false;
    for (char c : w.substr(dash + 1))
      if (c < 'a' || c > 'z') return false;
    return true;
  }

  /// True when `w`, or the singular of it, is an ordinary word or a kind of person: a word
  /// that describes the name after it ("Moderators Robert McNeil", "Libertarian Gary Johnson").
  bool describes_name(std::string_view w) const {
    return lex_.common_words.count(w) || lex_.person_nouns.count(w) ||
           holds_singular_of(lex_.common_words, w) || holds_singular_of(lex_.person_nouns, w);
  }

  /// True when [i, j) is capital letters alone, two to five of them in one or two words.
  bool is_acronym(std::uint32_t i, std::uint32_t j) const {
    if (j - i > 2) return false;
    for (std::uint32_t k = i; k < j; ++k) {
      std::string_view w = doc_.surface(k);
      if (w.size() < 2 || w.size() > 5) return false;
      for (char c : w)
        if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }

  /// True when the chunk [i, j) is one unknown capitalised word opening a sentence: no evidence
  /// of a name.
  bool unknown_opener(std::uint32_t i, std::uint32_t j) const {
    return j - i == 1 && i == sentence_start_ && !seen_capitalised(i) &&
           !lex_.first_names.count(doc_.lower(i));
  }

  /// The mention of a title's modifier: an organisation by its suffix ("Oregon State Patrol
  /// spokeswoman"), otherwise a person ("Trump spokesperson").
  Mention title_modifier(std::uint32_t i, std::uint32_t j) const {
    auto kind = org_kind(i, j);
    if (!kind && is_acronym(i, j)) kind = EntityKind::organization;  // "SGA President"
    return kind ? organisation(i, j, *kind) : person_chunk(i, j);
  }

  /// "C." of "(R-S.C.)", a lone "Jr.": initials and generation suffixes name no one alone.
  bool only_initials_or_suffix(std::uint32_t i, std::uint32_t j) const {
    for (std::uint32_t k = i; k < j; ++k)
      if (!is_initials(doc_.lower(k)) && !is_generation_suffix(doc_.lower(k))) return false;
    return true;
  }

  /// A place names no entity: skip it, or the part of the chunk it fills ("Florida Rep.").
  /// In front of a government body it names that body ("Manhattan Supreme Court").
  std::uint32_t place(std::uint32_t i, std::uint32_t j, std::uint32_t end) {
    auto p = lex_.places.match(doc_, i, end);
    if (!p || lex_.first_names.count(doc_.lower(i))) return 0;
    std::uint32_t k = i + static_cast<std::uint32_t>(p.length);
    place_first_ = i;
    place_end_ = k;
    auto body = name_at(k, end);
    if (k == j && body && body.value->kind == EntityKind::government && !body.value->is_country) {
      std::uint32_t last = k + static_cast<std::uint32_t>(body.length);
      Mention m = base(i, last, EntityKind::government);
      m.canonical = std::string(doc_.surface(i, last));
      m.kind_known = true;
      out_.push_back(std::move(m));
      return last;
    }
    if (k >= j || !org_kind(i, j)) return k;
    return 0;
  }

  /// "Trump's campaign team", "the Clinton campaign", "Clinton Campaign".
  std::uint32_t campaign(std::uint32_t i, std::uint32_t j, std::uint32_t end) {
    std::uint32_t k = j;
    std::uint32_t name_last = j;
    if (doc_.lower(j - 1) == "campaign" && j - i >= 2) {
      name_last = j - 1;
    } else {
      if (k < end && doc_.lower(k) == "'s") ++k;
      if (k >= end || doc_.lower(k) != "campaign") return 0;
      ++k;
    }
    if (k < end && lex_.campaign_parts.count(doc_.lower(k))) ++k;
    Mention m = base(i, k, EntityKind::campaign);
    m.type = MentionType::campaign;
    m.canonical = std::string(doc_.surface(name_last - 1)) + " campaign";
    m.kind_known = true;
    out_.push_back(std::move(m));
    return k;
  }

  /// An organisation named by its final word ("Ohio State University").
  Mention organisation(std::uint32_t i, std::uint32_t j, EntityKind kind) const {
    Mention m = base(i, j, kind);
    m.canonical = std::string(doc_.surface(i, j));
    m.kind_known = true;
    if (kind == EntityKind::organization && j - i >= 2) name_as_body(m);
    return m;
  }

  /// "Foreign Relations Committee", "Judiciary Committee": the end of known government bodies'
  /// names, with the chamber left off, is a government body: the one it ends, when only one
  /// does ("Senate Foreign Relations Committee").
  void name_as_body(Mention& m) const {
    std::string tail = " " + to_lower_utf8(m.canonical);
    const KnownName* found = nullptr;
    int count = 0;
    for (const auto& [name, body] : lex_.bodies)
      if (name.ends_with(tail)) {
        found = &body;
        ++count;
      }
    if (count == 0) return;
    m.kind = EntityKind::government;
    if (count > 1) return;
    m.canonical = found->canonical;
    m.country = found->country;
  }

  Mention person_chunk(std::uint32_t i, std::uint32_t j) const {
    Mention m = base(i, j, EntityKind::person);
    // The mention keeps "of Ohio" (a source's span includes it); the name stops before it.
    for (std::uint32_t k = i + 1; k + 1 < j; ++k)
      if (is_place_after_of(k, j)) m.name_last = j = k;
    m.canonical = std::string(doc_.surface(i, j));
    bool honorific = is_honorific(doc_.lower(i));
    // "Mr. Schultz" names a person by surname alone, like "Schultz".
    m.type = j - i == 1 || (honorific && j - i == 2) ? MentionType::surname : MentionType::name;
    m.kind_known = honorific || (lex_.first_names.count(doc_.lower(i)) > 0 && j - i >= 2);
    return m;
  }

  /// True when token `i` is in a title-case sentence or quotation.
  bool in_title_case(std::uint32_t i) const {
    if (title_case_) return true;
    auto q = std::upper_bound(quotes_.begin(), quotes_.end(), i,
                              [](std::uint32_t t, const Quote& quote) { return t < quote.last; });
    return q != quotes_.end() && q->first <= i && quote_title_case_[q - quotes_.begin()];
  }

  /// In title case a person's name is given names or initials, one surname and perhaps a
  /// generation suffix: "Paul Ryan" of "Paul Ryan Joins Growing List" (of two given names in
  /// a row the second is taken for the surname).
  std::uint32_t title_case_name_end(std::uint32_t i, std::uint32_t j) const {
    if (!in_title_case(i)) return j;
    std::uint32_t k = i;
    while (k < j && (lex_.first_names.count(doc_.lower(k)) || is_initials(doc_.lower(k)))) ++k;
    bool surname_in_run = k - i >= 2 && !is_initials(doc_.lower(k - 1));
    if (!surname_in_run) ++k;
    if (k < j && is_generation_suffix(doc_.lower(k))) ++k;
    return std::max(std::min(k, j), std::min(i + 2, j));
  }

  Mention base(std::uint32_t i, std::uint32_t j, EntityKind kind) const {
    Mention m;
    m.first = i;
    m.last = j;
    m.kind = kind;
    m.in_title_case = in_title_case(i);
    return m;
  }

  void mark_quoted() {
    std::size_t q = 0;
    for (Mention& m : out_) {
      while (q < quotes_.size() && quotes_[q].last <= m.first) ++q;
      m.in_quote = q < quotes_.size() && quotes_[q].first <= m.first;
    }
  }

  const Document& doc_;
  const Lexicon& lex_;
  const std::vector<Quote>& quotes_;
  std::vector<Mention> out_;
  /// The lexicon phrases starting at one token.
  struct Found {
    PhraseMatch<KnownName> name;
    PhraseMatch<std::uint32_t> country;
    PhraseMatch<Title> title;
  };
  /// phrases_at_ of a token where no rule of scan_prose can begin (scan skips it, as every
  /// rule would return 0 there), and of one where a rule may begin by its word alone
  /// (opens_by_word); both index found_'s empty entries.
  static constexpr std::uint32_t kNoStart = 0, kOpensByWord = 1;
  /// Per token, its entry in found_: most tokens start no phrase, so one index a token
  /// replaces three matches.
  std::vector<std::uint32_t> phrases_at_;
  std::vector<Found> found_;  ///< the phrases of tokens where some begin; see phrases_at_
  static constexpr std::uint8_t kSeenLower = 1, kSeenCapitalised = 2;
  /// Case evidence of one sentence opener's word, in an open-addressing table on its hash.
  struct OpenerSlot {
    std::size_t hash = 0;
    bool used = false;
    std::uint8_t flags = 0;
  };
  std::vector<OpenerSlot> opener_case_;  // sentence openers' case evidence, a quarter full at most
  std::uint32_t sentence_start_ = 0;
  Sentence sentence_{0, 0, true};  ///< the sentence being scanned; empty before the first
  /// Per token, is_capitalised_word once asked while scanning its sentence: 0 not yet, 1 no,
  /// 2 yes. Each sentence is scanned once, so no entry is ever stale.
  mutable std::vector<std::uint8_t> capitalised_;
  bool title_case_ = false;               ///< the sentence being scanned is in title case
  std::vector<bool> quote_title_case_;    ///< per quotation, whether it is in title case
  std::uint32_t place_end_ = UINT32_MAX;  // one past the last place skipped
  std::uint32_t place_first_ = 0;         // where that place begins
};

}  // namespace

bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() % 2) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if ((k % 2 == 1) != (w[k] == '.')) return false;
  return true;
}

std::vector<Quote> find_quotes(const Document& doc) {
  constexpr std::uint32_t kNone = UINT32_MAX;
  std::vector<Quote> quotes;
  std::uint32_t open = kNone;  // the open quotation mark, if any
  auto close_at = [&](std::uint32_t last) {
    if (open != kNone && last > open) quotes.push_back({open, last});
    open = kNone;
  };
  for (std::uint32_t i = 0; i < doc.size(); ++i) {
    const Token& t = doc.token(i);
    if (t.newlines_before > 0 && open != kNone) close_at(i);  // unclosed: ends with its paragraph
    if (!is_quote_mark(t)) continue;
    if (open == kNone && t.kind == TokenKind::open_quote) {
      open = i;
    } else if (open != kNone) {
      close_at(i + 1);
    }
  }
  close_at(static_cast<std::uint32_t>(doc.size()));
  return quotes;
}

std::vector<int> mention_index(const Document& doc, const std::vector<Mention>& mentions) {
  std::vector<int> at(doc.size(), -1);
  for (std::size_t m = 0; m < mentions.size(); ++m)
    std::fill(at.begin() + mentions[m].first, at.begin() + mentions[m].last, static_cast<int>(m));
  return at;
}

bool is_generation_suffix(std::string_view w) {
  return w == "jr" || w == "jr." || w == "sr" || w == "sr." || w == "ii" || w == "iii" || w == "iv";
}

std::size_t particle_length(std::string_view w) {
  // Every particle begins with one of these letters: most words leave at the first test.
  if (w.size() < 4 || (w[0] != 'a' && w[0] != 'e' && w[0] != 'b' && w[0] != 'i')) return 0;
  for (std::string_view p : {"al-", "el-", "ad-", "ar-", "as-", "at-", "bin-", "ibn-", "abu-"})
    if (w.starts_with(p) && w.size() > p.size()) return p.size();
  return 0;
}

bool is_honorific(std::string_view w) {
  return w == "mr." || w == "mrs." || w == "ms." || w == "mr" || w == "mrs" || w == "ms" ||
         w == "dr." || w == "miss";
}

std::vector<Mention> find_mentions(const Document& doc, const Lexicon& lex,
                                   const std::vector<Quote>& quotes) {
  return MentionFinder(doc, lex, quotes).run();
}

}  // namespace claimgraph
