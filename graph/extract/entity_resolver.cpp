#include "graph/extract/entity_resolver.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "graph/text/normalize.h"
#include "graph/text/person_name.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

/// Articles and quantifiers before an unnamed source: "a", "the", "two", "several".
bool is_determiner_word(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "one" || w == "two" || w == "three" ||
         w == "some" || w == "several" || w == "many" || w == "other" || w == "another";
}

/// True when `word` is one of the space-separated words of `name`.
bool has_word(std::string_view name, std::string_view word) {
  for (std::size_t at = name.find(word); at != std::string_view::npos;
       at = name.find(word, at + 1)) {
    bool starts = at == 0 || name[at - 1] == ' ';
    bool ends = at + word.size() == name.size() || name[at + word.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

/// Titles whose body is the government of the place before them: a city's, county's or state's.
bool is_local_level(std::string_view body) {
  return body == "city" || body == "county" || body == "state";
}

/// "PACs", "CEOs": capital initials with a plural "s" name a kind, not one.
bool is_plural_acronym(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  return std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// "Sergei Ryabkov" and "Donald J. Trump" keyed by first and last name, initials and a
/// surname's particle ignored; "Donald Trump Jr." keeps its suffix, while "Sr." only says the
/// plain name's bearer is the elder ("Donald Trump Sr." is Donald Trump).
std::string person_key(const Document& doc, const Mention& m) {
  // Only the first and last of the name's words count: kept as views, joined once.
  std::string_view first, last, generation;
  std::size_t parts = 0;
  for (std::uint32_t i = m.first; i < name_end(m); ++i) {
    std::string_view w = doc.lower(i);
    if (is_generation_suffix(w)) {
      generation = w.back() == '.' ? w.substr(0, w.size() - 1) : w;
      continue;
    }
    bool initial = w.back() == '.' && w.size() <= 4;
    if (initial) continue;
    if (parts++ == 0) first = w;
    last = w;
  }
  if (parts == 0) return std::string(doc.lower(m.first));
  // "el-Sisi" and "al-Sisi" are one surname however the article spells its particle.
  if (std::size_t n = particle_length(last); n > 0 && n < last.size()) last.remove_prefix(n);
  // "Donald Trump Sr." is Donald Trump; "Bush Sr." says which Bush only with its suffix.
  if (generation == "sr" && parts > 1) generation = {};
  std::string key;
  key.reserve(first.size() + last.size() + generation.size() + 2);
  key += first;
  if (parts > 1) key.append(" ").append(last);
  if (!generation.empty()) key.append(" ").append(generation);
  return key;
}

std::string_view last_word(std::string_view s) {
  auto p = s.rfind(' ');
  return p == std::string_view::npos ? s : s.substr(p + 1);
}

std::string_view first_word(std::string_view s) {
  auto p = s.find(' ');
  return p == std::string_view::npos ? s : s.substr(0, p);
}

/// "sisi" of "el-sisi", "assad" of "al-assad"; empty for a word with no name particle.
std::string_view without_particle(std::string_view w) {
  std::size_t n = particle_length(w);
  return n ? w.substr(n) : std::string_view();
}

/// The surface form of a mention as an alias: without a leading "the" or trailing "'s".
std::string_view alias_form(const Document& doc, const Mention& m) {
  std::uint32_t first = m.first, last = name_end(m);
  if (last - first > 1 && doc.lower(first) == "the") ++first;
  // "Mr. Donald Trump": a courtesy title before a full name is no part of it.
  if (last - first > 2 && is_honorific(doc.lower(first))) ++first;
  if (last - first > 1 && doc.lower(last - 1) == "'s") --last;
  return doc.surface(first, last);
}

}  // namespace

EntityResolver::EntityResolver(const Document& doc, const Lexicon& lex,
                               const std::vector<Mention>& mentions)
    : doc_(doc), lex_(lex), mentions_(mentions), entity_of_(mentions.size()) {
  find_initials_conflicts();
  find_full_name_surnames();
  for (std::size_t m = 0; m < mentions_.size(); ++m) resolve_named(m);
  resolve_surnames();
  retype_companies();
  resolve_descriptors_and_titles();
}

bool EntityResolver::after_place_preposition(const Mention& m) const {
  if (m.first == 0) return false;
  std::string_view before = doc_.lower(m.first - 1);
  std::uint32_t end = name_end(m);
  bool possessive = end < doc_.size() && doc_.lower(end) == "'s";
  return (before == "in" || before == "near") && !possessive;
}

bool EntityResolver::after_the(const Mention& m) const {
  return doc_.lower(m.first) == "the" || (m.first > 0 && doc_.lower(m.first - 1) == "the");
}

bool EntityResolver::capitals_prove_nothing(const Mention& m) const {
  if (m.kind_known) return false;
  // "Middletown Police Chief": a name before a town's or state's office is the place.
  auto office = lex_.titles.match(doc_, name_end(m), doc_.size());
  if (office && is_local_level(office.value->body)) return true;
  if (m.in_title_case || after_place_preposition(m) || fills_quotation(m)) return true;
  // "Trump World" is no one new; "Dezer Development, which built" is a company.
  if (modifies_known_surname(m)) return !company_context(m);
  if (name_end(m) - m.first == 1 && is_plural_acronym(doc_.surface(m.first))) return true;
  // "the West", "the Capitol"; but "the LinkedIn chief executive" is a company's.
  if (after_the(m)) return !company_context(m);
  return all_ordinary(m);
}

bool EntityResolver::all_ordinary(const Mention& m) const {
  // A lone plural stays a name ("Sessions"); in a longer name, or before a title ("Alabama
  // Securities Commissioner"), it is one more ordinary word.
  std::uint32_t end = name_end(m);
  bool plurals = end - m.first > 1 || lex_.titles.match(doc_, end, doc_.size());
  for (std::uint32_t k = m.first; k < end; ++k)
    if (!is_ordinary_word(doc_.lower(k), plurals)) return false;
  return true;
}

std::optional<EntityIndex> EntityResolver::body_by_word(const Mention& m) const {
  std::uint32_t end = name_end(m);
  if (end - m.first != 1 || m.kind_known || !lex_.titles.match(doc_, end, doc_.size()))
    return std::nullopt;
  std::string_view word = doc_.surface(m.first);
  std::optional<EntityIndex> found;
  for (EntityIndex e = 0; e < entities_.size(); ++e) {
    const Entity& body = entities_[e];
    if (body.kind != EntityKind::government && body.kind != EntityKind::organization) continue;
    if (!has_word(body.name, word)) continue;
    if (found) return std::nullopt;  // two bodies share the word: say nothing
    found = e;
  }
  return found;
}

bool EntityResolver::fills_quotation(const Mention& m) const {
  std::uint32_t end = name_end(m);
  if (m.first == 0 || doc_.token(m.first - 1).kind != TokenKind::open_quote) return false;
  if (end < doc_.size() && doc_.token(end).kind == TokenKind::punct) ++end;  // "FDT."
  return end < doc_.size() && doc_.token(end).kind == TokenKind::close_quote;
}

bool EntityResolver::names_family(std::string_view word) const {
  if (word.size() < 4 || word.back() != 's') return false;
  std::string_view stem = word.substr(0, word.size() - 1);
  auto is_surname = [&](std::string_view name) {
    auto it = people_by_word_.find(name);
    if (it == people_by_word_.end()) return false;
    for (const auto& [token, person] : it->second)
      if (last_word(key_name(person)) == name) return true;
    return false;  // "Williams" is no family of a William
  };
  return is_surname(stem) || (stem.ends_with("e") && is_surname(stem.substr(0, stem.size() - 1)));
}

bool EntityResolver::is_ordinary_word(std::string_view word, bool plurals) const {
  return lex_.common_words.count(word) || (plurals && holds_singular_of(lex_.common_words, word));
}

void EntityResolver::retype_companies() {
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    auto e = entity_of_[m];
    if (!e || entities_[*e].kind != EntityKind::person || !weak_[*e]) continue;
    if (company_context(mentions_[m])) entities_[*e].kind = EntityKind::organization;
  }
}

bool EntityResolver::is_company_head(std::string_view word) const {
  // "drugmaker", "Botox-maker", "supplement maker": a maker of a product, where no person
  // is meant ("lawmaker", "filmmaker" are kinds of person).
  if (lex_.company_heads.count(word)) return true;
  return word.ends_with("maker") && (word == "maker" || !lex_.person_nouns.count(word));
}

bool EntityResolver::company_named(const Mention& m) const {
  // "drugmaker Allergan", "a supplement maker called Mannatech".
  std::uint32_t k = m.first;
  if (k >= 2 && (doc_.lower(k - 1) == "called" || doc_.lower(k - 1) == "named")) k -= 1;
  if (k > 0 && is_company_head(doc_.lower(k - 1))) return true;
  // "Nucor steel company CEO": a company head after the name, or after one word more; after
  // "the", any word with a company among its senses ("the Gannett newspaper chain").
  std::uint32_t end = name_end(m);
  bool the = after_the(m);
  for (std::uint32_t j = end; j < doc_.size() && j < end + 2; ++j) {
    // "Luckey's company" is the company of a person.
    if (!doc_.is_word(j) || doc_.token(j).capitalized || doc_.lower(j) == "'s") return false;
    if (is_company_head(doc_.lower(j))) return true;
    if (the && lex_.company_senses.count(doc_.lower(j))) return true;
  }
  return false;
}

bool EntityResolver::company_context(const Mention& m) const {
  std::uint32_t end = name_end(m);
  std::string_view after = end < doc_.size() ? doc_.lower(end) : std::string_view();
  if (lex_.company_nouns.count(after) || company_named(m)) return true;
  if (m.first > 0) {
    // "a Walmart": one of its stores; but in "a Trump supporter" the name only modifies a
    // kind of person after it, as any person's name can.
    std::string_view before = doc_.lower(m.first - 1);
    bool modifier =
        end < doc_.size() && !doc_.token(end).capitalized && lex_.person_nouns.count(after);
    if ((before == "a" || before == "an") && !modifier) return true;
  }
  if (end >= doc_.size()) return false;
  if (after == "," && end + 1 < doc_.size() && doc_.lower(end + 1) == "which") return true;
  // "Wells Fargo CEO John Stumpf", "Dow's chief executive": an executive's title after the
  // name; not after "the" and a possessive ("the North's leader").
  bool possessive = after == "'s";
  auto title = lex_.titles.match(doc_, possessive ? end + 1 : end, doc_.size());
  if (!title) return false;
  if (possessive && after_the(m)) return false;
  return title.value->role == "executive" ||
         (title.value->role == "head" && title.value->body.empty());
}

EntityIndex EntityResolver::add(EntityKind kind, std::string_view canonical, bool weak,
                                std::string_view country) {
  // Persons pass their own key; other names are normalised here. Most calls find an entity
  // made before, so the key is built in a reused string and copied only when new.
  key_scratch_.assign(to_string(kind)).append(":");
  if (kind == EntityKind::person)
    key_scratch_ += canonical;
  else
    append_normalized_name(canonical, key_scratch_);
  if (auto found = by_key_.find(key_scratch_); found != by_key_.end()) return found->second;
  auto e = static_cast<EntityIndex>(entities_.size());
  keys_.push_back(key_scratch_);
  by_key_.emplace(keys_.back(), e);
  Entity entity;
  if (kind != EntityKind::person) entity.name = canonical;
  entity.kind = kind;
  entities_.push_back(std::move(entity));
  weak_.push_back(weak);
  used_.push_back(false);
  country_.emplace_back(country);
  first_pos_.push_back(UINT32_MAX);
  return e;
}

EntityIndex EntityResolver::add_source_group(std::uint32_t first, std::uint32_t last) {
  while (last - first > 1 && is_determiner_word(doc_.lower(first))) ++first;
  EntityIndex e = add(EntityKind::group, doc_.surface(first, last), true, "");
  Span span{doc_.token(first).cp_begin, doc_.token(last - 1).cp_end};
  auto& spans = entities_[e].mentions;
  if (std::find(spans.begin(), spans.end(), span) == spans.end()) spans.push_back(span);
  first_pos_[e] = std::min(first_pos_[e], first);
  return e;
}

void EntityResolver::add_mention(EntityIndex e, std::size_t m) {
  const Mention& mention = mentions_[m];
  entity_of_[m] = e;
  Entity& entity = entities_[e];
  const Token& a = doc_.token(mention.first);
  const Token& b = doc_.token(name_end(mention) - 1);
  entity.mentions.push_back({a.cp_begin, b.cp_end});
  first_pos_[e] = std::min(first_pos_[e], mention.first);
  bool alias = mention.head != "adjective" && mention.type != MentionType::descriptor;
  // A person's canonical name is the longest full form seen.
  bool naming = entity.kind == EntityKind::person &&
                (mention.type == MentionType::name || entity.name.empty());
  if (alias || naming) {
    std::string_view form = alias_form(doc_, mention);
    if (naming && form.size() > entity.name.size()) entity.name = form;
    if (alias) entity.aliases.emplace_back(form);
  }
  if (!mention.kind_known || mention.type == MentionType::surname) return;
  weak_[e] =
      weak_[e] && (mention.type == MentionType::country || mention.type == MentionType::group);
}

void EntityResolver::find_initials_conflicts() {
  std::map<std::string, std::set<std::string>> initials_by_key;
  for (const Mention& m : mentions_)
    if (m.type == MentionType::name && m.kind == EntityKind::person)
      if (std::string initials = middle_initials(alias_form(doc_, m)); !initials.empty())
        initials_by_key[person_key(doc_, m)].insert(initials);
  for (const auto& [key, initials] : initials_by_key)
    if (initials.size() > 1) initials_conflicts_.insert(key);
}

void EntityResolver::find_full_name_surnames() {
  for (const Mention& m : mentions_) {
    std::uint32_t end = name_end(m);
    if (m.type != MentionType::name || m.kind != EntityKind::person || end - m.first < 2) continue;
    if (lex_.first_names.count(doc_.lower(m.first)))
      full_name_surnames_.emplace(doc_.lower(end - 1));
  }
}

bool EntityResolver::modifies_known_surname(const Mention& m) const {
  if (name_end(m) - m.first != 2) return false;
  auto is_modifier = [&](std::string_view w) {
    return is_ordinary_word(w, false) && !lex_.first_names.count(w);
  };
  std::string_view a = doc_.lower(m.first), b = doc_.lower(m.first + 1);
  // After a surname a word is no surname; before one it may be a given name no list holds,
  // unless the article writes it as a word.
  return (full_name_surnames_.count(a) && is_modifier(b)) ||
         (full_name_surnames_.count(b) && is_modifier(a) && written_lower(a));
}

bool EntityResolver::written_lower(std::string_view word) const {
  // One pass over the article, the first time: a long one may ask about many names.
  if (!lower_words_read_) {
    for (std::uint32_t k = 0; k < doc_.size(); ++k)
      if (doc_.is_word(k) && !doc_.token(k).capitalized) lower_words_.insert(doc_.lower(k));
    lower_words_read_ = true;
  }
  return lower_words_.count(word) > 0;
}

std::string EntityResolver::person_mention_key(const Mention& mention) const {
  std::string key = person_key(doc_, mention);
  if (!initials_conflicts_.count(key)) return key;
  std::string initials = middle_initials(alias_form(doc_, mention));
  if (!initials.empty()) key.append(" ").append(initials);
  return key;
}

void EntityResolver::resolve_named(std::size_t m) {
  const Mention& mention = mentions_[m];
  switch (mention.type) {
    case MentionType::name:
      if (!mention.kind_known && fills_quotation(mention)) return;
      if (mention.kind == EntityKind::person) {
        if (is_surname_with_suffix(mention)) return;  // once the full names are known
        if (capitals_prove_nothing(mention)) return;
        std::string key = person_mention_key(mention);
        bool weak = !mention.kind_known;
        add_mention(add(EntityKind::person, key, weak, ""), m);
        return;
      }
      // An organisation only its shape suggests ("DFA") stays if something involves it.
      add_mention(add(mention.kind, mention.canonical, !mention.kind_known, mention.country), m);
      return;
    case MentionType::country:
      add_mention(add(EntityKind::government, mention.canonical, true, mention.country), m);
      return;
    case MentionType::campaign:
      add_mention(add(EntityKind::campaign, mention.canonical, false, ""), m);
      return;
    case MentionType::group:
      add_mention(add(EntityKind::group, mention.canonical, true, mention.country), m);
      return;
    case MentionType::surname:
    case MentionType::descriptor:
      return;
  }
}

std::optional<EntityIndex> EntityResolver::person_by_token(std::size_t m) const {
  auto it = people_by_word_.find(doc_.lower(name_end(mentions_[m]) - 1));
  if (it == people_by_word_.end()) return std::nullopt;
  // "Mrs. Clinton" where Bill and Hillary Clinton are both named: the one "she" refers to.
  // "Mrs. Clinton" goes to the woman "she" says is one. In an article naming only Bill
  // Clinton in full she is likelier his wife than he, and stays unresolved here (across
  // articles her courtesy form finds her); "Mr. Schultz" after "Ed Schultz" is the man named
  // unless a "she" says otherwise, as men named in full with no pronoun mostly are; with two
  // such people of that name it stays unresolved.
  if (int want = honorific_gender(doc_.lower(mentions_[m].first))) {
    std::set<EntityIndex> unknown;  // those named whose pronouns say nothing
    for (const auto& [token, e] : it->second) {
      int gender = person_gender(e);
      if (gender == want) return e;
      if (gender == 0) unknown.insert(e);
    }
    // Two such people ("Hillary Clinton" and "Bill Clinton"): "Mr. Clinton" is either.
    if (want == kFemale || unknown.size() != 1) return std::nullopt;
    return *unknown.begin();
  }
  // Where two people share a surname ("Donald and Ivana Trump"), news style gives the bare
  // surname to the one introduced first and the first name to the other.
  return it->second.front().second;
}

int EntityResolver::honorific_gender(std::string_view w) {
  if (w == "mr." || w == "mr") return kMale;
  if (w == "mrs." || w == "mrs" || w == "ms." || w == "ms" || w == "miss") return kFemale;
  return 0;
}

int EntityResolver::person_gender(EntityIndex e) const {
  // The first name first: across many articles it says more than the one "her" that
  // follows "Bill Clinton" in a sentence about his wife.
  auto first = lex_.first_name_gender.find(to_lower_utf8(first_word(entities_[e].name)));
  if (first != lex_.first_name_gender.end())
    return first->second == Gender::female ? kFemale : kMale;
  if (pronoun_counts_.empty()) count_pronouns();
  auto it = pronoun_counts_.find(e);
  if (it == pronoun_counts_.end() || it->second.first == it->second.second) return 0;
  return it->second.first > it->second.second ? kMale : kFemale;
}

void EntityResolver::count_pronouns() const {
  pronoun_counts_[EntityIndex(-1)];  // computed, even where no pronoun follows a name
  std::optional<EntityIndex> last;   // the person whose full name came last
  std::size_t next = 0;
  for (std::uint32_t t = 0; t < doc_.size(); ++t) {
    for (; next < mentions_.size() && mentions_[next].first <= t; ++next) {
      const Mention& mention = mentions_[next];
      if (mention.kind != EntityKind::person) continue;
      // After "Mrs. Clinton" (not resolved yet) a "she" is no evidence about anyone named.
      bool named = mention.type == MentionType::name && entity_of_[next];
      last = named ? entity_of_[next] : std::nullopt;
    }
    std::string_view w = doc_.lower(t);
    if (!last) continue;
    if (w == "he" || w == "him" || w == "his") ++pronoun_counts_[*last].first;
    if (w == "she" || w == "her" || w == "hers") ++pronoun_counts_[*last].second;
  }
}

void EntityResolver::resolve_surnames() {
  for (std::size_t k = 0; k < mentions_.size(); ++k) {
    const Mention& other = mentions_[k];
    if (other.kind != EntityKind::person || other.type != MentionType::name || !entity_of_[k])
      continue;
    std::string_view name = key_name(*entity_of_[k]);
    // "Trump" alone is not "Donald Trump Jr.", whom news calls "Trump Jr."; "Donald" may be.
    if (is_generation_suffix(last_word(name))) {
      people_by_word_[first_word(name)].emplace_back(other.first, *entity_of_[k]);
      continue;
    }
    // "Sisi" after "Abdel Fattah el-Sisi": a surname is also known without its particle.
    for (std::string_view word :
         {first_word(name), last_word(name), without_particle(last_word(name))})
      if (!word.empty()) people_by_word_[word].emplace_back(other.first, *entity_of_[k]);
  }
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& mention = mentions_[m];
    if (mention.type == MentionType::name && mention.kind == EntityKind::person &&
        is_surname_with_suffix(mention))
      resolve_surname_with_suffix(m);
    if (mention.type != MentionType::surname) continue;
    if (auto e = person_by_token(m)) {
      add_mention(*e, m);
      continue;
    }
    if (auto e = person_by_typo(doc_.lower(mention.last - 1))) {
      add_mention(*e, m);
      continue;
    }
    if (auto e = body_by_word(mention)) {
      add_mention(*e, m);
      continue;
    }
    // "Western", "War": a lone ordinary word no full name, title or honorific backs is no
    // one (plurals are not tested: "Sessions"); initials or a suffix alone ("D.C.", "V.P.",
    // "Jr." after a "King" read as a title) are no one even after a title.
    std::string_view word = doc_.lower(mention.last - 1);
    if (is_initials(word) || is_generation_suffix(word)) continue;
    // "both Clintons", "the Bushes": a family of the article's people, not one of them.
    if (names_family(word)) continue;
    if (capitals_prove_nothing(mention)) continue;
    // "Mr. Trump" and "Mrs. Trump" left unresolved are a man and a woman: never one key.
    std::string key(word);
    if (int gender = honorific_gender(doc_.lower(mention.first)))
      key = (gender == kFemale ? "ms " : "mr ") + key;
    add_mention(add(EntityKind::person, key, !mention.kind_known, ""), m);
  }
}

bool EntityResolver::is_surname_with_suffix(const Mention& m) const {
  std::string_view suffix = name_end(m) - m.first == 2 ? doc_.lower(m.first + 1) : "";
  // "Bush Sr." is the elder of the name, whom the article may give no full name of.
  return is_generation_suffix(suffix) && !suffix.starts_with("sr") &&
         !lex_.first_names.count(doc_.lower(m.first));
}

void EntityResolver::resolve_surname_with_suffix(std::size_t m) {
  const Mention& mention = mentions_[m];
  std::string key = person_key(doc_, mention);  // "trump jr"
  for (EntityIndex e = 0; e < entities_.size(); ++e)
    if (entities_[e].kind == EntityKind::person && key_name(e).ends_with(" " + key)) {
      add_mention(e, m);
      return;
    }
  if (!capitals_prove_nothing(mention))
    add_mention(add(EntityKind::person, key, !mention.kind_known, ""), m);
}

namespace {

/// True when `plural` is `word` with an "s" added: "clintons" of "clinton".
bool is_plural_of(std::string_view plural, std::string_view word) {
  return plural.size() == word.size() + 1 && plural.back() == 's' && plural.starts_with(word);
}

}  // namespace

std::optional<EntityIndex> EntityResolver::person_by_typo(std::string_view word) const {
  // Short names have many neighbours one letter away ("Cole", "Cone"), and a plural
  // ("the Clintons") is a family, not a typo.
  constexpr std::size_t kMinLength = 6;
  if (word.size() < kMinLength) return std::nullopt;
  std::set<EntityIndex> found;
  for (const auto& [name_word, people] : people_by_word_) {
    if (name_word.size() < kMinLength || name_word[0] != word[0]) continue;
    if (name_word.size() + 1 < word.size() || word.size() + 1 < name_word.size()) continue;
    if (is_plural_of(word, name_word) || is_plural_of(name_word, word)) continue;
    if (edit_distance(name_word, word) != 1) continue;
    for (const auto& entry : people) found.insert(entry.second);
  }
  if (found.size() != 1) return std::nullopt;
  // A typo is made once; a name written again and again ("Saunders" beside a "Sanders") is
  // meant as written. Counted once per article, and only when a typo is in sight.
  if (word_uses_.empty())
    for (std::size_t t = 0; t < doc_.size(); ++t) ++word_uses_[doc_.lower(t)];
  if (word_uses_[word] > 1) return std::nullopt;
  return *found.begin();
}

void EntityResolver::resolve_descriptors_and_titles() {
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& mention = mentions_[m];
    if (mention.type == MentionType::descriptor) {
      if (auto e = resolve_descriptor(m)) add_mention(*e, m);
      continue;
    }
    if (!mention.title || !entity_of_[m]) continue;
    EntityIndex person = *entity_of_[m];
    if (auto org = title_organization(mention, person)) {
      first_pos_[*org] = std::min(first_pos_[*org], mention.title->first);
      affiliations_.push_back({person, *org, static_cast<std::uint32_t>(m)});
      affiliation_of_.try_emplace(person, *org);
    } else if (auto body = implied_body(mention)) {
      first_pos_[*body] = std::min(first_pos_[*body], mention.title->first);
      affiliations_.push_back({person, *body, static_cast<std::uint32_t>(m), true});
    }
  }
}

std::optional<EntityIndex> EntityResolver::resolve_descriptor(std::size_t m) const {
  const Mention& mention = mentions_[m];
  std::optional<EntityIndex> best;
  std::uint32_t best_pos = 0;
  for (EntityIndex e = 0; e < entities_.size(); ++e) {
    const Entity& entity = entities_[e];
    bool fits = mention.head == "campaign" ? entity.kind == EntityKind::campaign
                                           : normalize_name(last_word(entity.name)) == mention.head;
    if (!fits || first_pos_[e] >= mention.first) continue;
    if (!best || first_pos_[e] >= best_pos) {
      best = e;
      best_pos = first_pos_[e];
    }
  }
  return best;
}

std::optional<EntityIndex> EntityResolver::title_organization(const Mention& m,
                                                              EntityIndex person) {
  const TitleInfo& t = *m.title;
  const std::string& body = t.title->body;
  if (!t.modifier) return std::nullopt;
  const Mention& mod = mentions_[*t.modifier];
  auto mod_entity = entity_of_[*t.modifier];
  if (mod.type == MentionType::country) {
    // A nationality says nothing of an employer: "the Latvian journalist", "Mexican billionaire".
    if (body.empty() || body == "campaign" || body == "outlet" || is_local_level(body))
      return std::nullopt;
    if (body == "government") return mod_entity;
    if (auto it = lex_.bodies.find(to_lower_utf8(body)); it != lex_.bodies.end())
      return it->second.country == mod.country
                 ? add(EntityKind::government, it->second.canonical, false, mod.country)
                 : mod_entity;
    // "Russia's Deputy Foreign Minister": the country's Foreign Ministry.
    const Country* country = nullptr;
    for (const auto& c : lex_.countries)
      if (c.name == mod.country) country = &c;
    if (!country) return mod_entity;
    return add(EntityKind::government, country->adjective + " " + body, false, country->name);
  }
  // "Fort Lee Mayor Mark Sokolich": a town before a mayor's title, its government.
  if (is_local_level(body) && !mod.kind_known && !all_ordinary(mod))
    return local_government(mod.first, name_end(mod), body);
  if (!mod_entity || *mod_entity == person) return std::nullopt;
  // "White House correspondent": a journalist's beat, not the employer.
  if (body == "outlet" && entities_[*mod_entity].kind != EntityKind::outlet) return std::nullopt;
  if (entities_[*mod_entity].kind == EntityKind::person) {
    // "Trump spokesperson", "Clinton campaign chairman": the person's campaign where it has one.
    if (auto c = campaign_of(*mod_entity)) return c;
    if (body == "campaign") {
      return add(EntityKind::campaign,
                 std::string(last_word(entities_[*mod_entity].name)) + " campaign", false, "");
    }
  }
  return mod_entity;
}

std::optional<EntityIndex> EntityResolver::implied_body(const Mention& m) {
  const TitleInfo& t = *m.title;
  // "North Carolina Gov. Pat McCrory", "Charlotte Mayor Jennifer Roberts".
  if (t.local && !t.modifier && is_local_level(t.title->body))
    return local_government(t.place_first, t.title_first, t.title->body);
  if (t.modifier || t.local) return std::nullopt;  // "Florida Rep." sits in a state's house
  auto it = lex_.bodies.find(to_lower_utf8(t.title->body));
  if (it == lex_.bodies.end()) return std::nullopt;
  // Weak: kept only if the affiliation is, which needs no other one stated for the person.
  return add(EntityKind::government, it->second.canonical, true, it->second.country);
}

std::optional<EntityIndex> EntityResolver::local_government(std::uint32_t first, std::uint32_t last,
                                                            const std::string& level) {
  while (last > first && doc_.lower(last - 1) == "'s") --last;
  // "New Jersey" opening a sentence, where "New" was read as an ordinary word.
  if (first > 0 && doc_.token(first - 1).capitalized) {
    auto wider = lex_.places.match(doc_, first - 1, last);
    if (wider && first - 1 + wider.length == last) --first;
  }
  if (last <= first) return std::nullopt;
  std::string place(doc_.surface(first, last));
  std::string_view final_word = doc_.lower(last - 1);
  // A county's office needs the county named ("Maricopa County Sheriff", not "Arizona Sheriff").
  bool county_named = last - first >= 2 && (final_word == "county" || final_word == "parish");
  if (level == "county" && !county_named) return std::nullopt;
  // "New York City", "Maricopa County" already say their level.
  bool says_level = final_word == level || county_named;
  return add(EntityKind::government, place + (says_level ? "" : " " + level) + " government", false,
             "");
}

std::optional<EntityIndex> EntityResolver::affiliation_of(EntityIndex person) const {
  auto it = affiliation_of_.find(person);
  return it == affiliation_of_.end() ? std::nullopt : std::optional<EntityIndex>(it->second);
}

std::optional<EntityIndex> EntityResolver::parent_government(EntityIndex body) const {
  if (entities_[body].kind != EntityKind::government || country_[body].empty()) return std::nullopt;
  for (const auto& c : lex_.countries) {
    if (c.name != country_[body]) continue;
    for (EntityIndex e = 0; e < entities_.size(); ++e)
      if (entities_[e].kind == EntityKind::government && entities_[e].name == c.government)
        return e;
  }
  return std::nullopt;
}

std::optional<EntityIndex> EntityResolver::campaign_of(EntityIndex person) const {
  std::string surname = normalize_name(last_word(entities_[person].name));
  for (EntityIndex e = 0; e < entities_.size(); ++e)
    if (entities_[e].kind == EntityKind::campaign &&
        normalize_name(first_word(entities_[e].name)) == surname)
      return e;
  return std::nullopt;
}

std::string_view EntityResolver::key_name(EntityIndex e) const {
  std::string_view key = keys_[e];
  return key.substr(key.find(':') + 1);
}

std::vector<std::optional<EntityIndex>> EntityResolver::finish(std::vector<Entity>& out) {
  std::vector<EntityIndex> order;
  for (EntityIndex e = 0; e < entities_.size(); ++e)
    if (!weak_[e] || used_[e]) order.push_back(e);
  std::stable_sort(order.begin(), order.end(),
                   [&](EntityIndex a, EntityIndex b) { return first_pos_[a] < first_pos_[b]; });
  std::vector<std::optional<EntityIndex>> remap(entities_.size());
  std::unordered_map<std::string, int, WordHash, std::equal_to<>> seen_ids;
  for (EntityIndex e : order) {
    Entity entity = std::move(entities_[e]);
    if (entity.name.empty()) entity.name = key_name(e);
    // A person's id comes from first and last name, so "Donald J. Trump" and "Donald Trump"
    // share one; other ids come from the canonical name.
    bool person = entity.kind == EntityKind::person;
    std::string id(to_string(entity.kind));
    id += ':';
    append_slug(person ? key_name(e) : std::string_view(entity.name), id);
    if (int n = seen_ids[id]++) id.append("-").append(std::to_string(n + 1));
    entity.id = std::move(id);
    std::sort(entity.aliases.begin(), entity.aliases.end());
    entity.aliases.erase(std::unique(entity.aliases.begin(), entity.aliases.end()),
                         entity.aliases.end());
    std::erase(entity.aliases, entity.name);
    std::sort(entity.mentions.begin(), entity.mentions.end());
    remap[e] = static_cast<EntityIndex>(out.size());
    out.push_back(std::move(entity));
  }
  return remap;
}

}  // namespace claimgraph
