#include "graph/extract/appositives.h"

#include <algorithm>
#include <string_view>

namespace claimgraph {

namespace {

/// Prepositions linking a role to its organisation ("fellow at", "member of", "official with").
bool is_role_preposition(std::string_view w) {
  return w == "of" || w == "at" || w == "with" || w == "on" || w == "for" || w == "from";
}

/// Words that open an appositive naming a role: "the", "a", "its", "former", "longtime".
/// A verb ("is", "who") opens a clause instead.
bool opens_appositive(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" ||
         w == "their" || w == "former" || w == "longtime" || w == "then" || w == "now" ||
         w == "also" || w == "currently" || w == "another";
}

/// Articles and possessive determiners: they open a noun phrase, never modify a name.
bool is_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" ||
         w == "their" || w == "another";
}

/// Adverbs and auxiliaries that may stand between "who" and its verb: "who is now", "who has
/// long run", "who also heads".
bool is_clause_filler(std::string_view w) {
  return w == "now" || w == "also" || w == "currently" || w == "still" || w == "long" ||
         w == "has" || w == "had" || w == "been" || w == "once" || w == "later";
}

/// Function words that may follow a noun phrase: "heads the FBI and ...", "since", "which".
bool is_clause_word(std::string_view w) {
  return w == "and" || w == "or" || w == "but" || w == "in" || w == "since" || w == "until" ||
         w == "which" || w == "that" || w == "who" || w == "when" || w == "as" || w == "to" ||
         w == "'s" || w == "before" || w == "after" || w == "during" || w == "under";
}

/// Forms of "be" that make a relative clause state a role: "who is the head of Rosneft".
bool is_be_form(std::string_view w) { return w == "is" || w == "was" || w == "been"; }

/// Tokens that end an appositive.
bool ends_appositive(const Document& doc, std::uint32_t i) {
  const Token& t = doc.token(i);
  std::string_view w = doc.lower(i);
  return w == "," || w == "." || w == ";" || w == "(" || w == ")" || w == "and" ||
         t.kind == TokenKind::dash || t.kind == TokenKind::open_quote ||
         t.kind == TokenKind::close_quote;
}

/// Tokens that end a clause: an appositive's ends except "and", which joins two appositives
/// ("a Putin associate and former deputy prime minister who ...").
bool ends_clause(const Document& doc, std::uint32_t i) {
  return doc.lower(i) != "and" && ends_appositive(doc, i);
}

class AppositiveFinder {
 public:
  AppositiveFinder(const Document& doc, const Lexicon& lex, const std::vector<Mention>& mentions,
                   const EntityResolver& resolver)
      : doc_(doc),
        lex_(lex),
        mentions_(mentions),
        resolver_(resolver),
        mention_at_(mention_index(doc, mentions)) {}

  /// The roles stated around every person's name, in mention order.
  std::vector<AppositiveRole> run() {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      if (!is_person(m)) continue;
      before_person(m);
      after_person(m);
    }
    return std::move(out_);
  }

 private:
  /// Longest appositive looked at, in tokens: roles come early in it.
  static constexpr std::uint32_t kRoleWindow = 8;
  /// Longest stretch between a name and the "who" of a relative clause on its appositive.
  static constexpr std::uint32_t kClauseWindow = 16;
  /// Longest role phrase before a name ("the head of the FBI's field office in New York, ...").
  static constexpr std::uint32_t kPhraseWindow = 12;

  /// True when mention `m` names a person.
  bool is_person(std::size_t m) const {
    auto e = resolver_.entity_of(m);
    return e && resolver_.entity(*e).kind == EntityKind::person;
  }

  /// True when token `i` belongs to a person's mention other than `m`.
  bool other_person_at(std::uint32_t i, std::size_t m) const {
    int k = mention_at_[i];
    return k >= 0 && static_cast<std::size_t>(k) != m && is_person(static_cast<std::size_t>(k));
  }

  /// An entity a person can belong to, starting at token `i`: not a person, group or adjective.
  std::optional<std::size_t> organization_at(std::uint32_t i) const {
    int m = i < doc_.size() ? mention_at_[i] : -1;
    if (m < 0 || mentions_[m].first != i || mentions_[m].head == "adjective") return std::nullopt;
    auto e = resolver_.entity_of(m);
    if (!e) return std::nullopt;
    EntityKind k = resolver_.entity(*e).kind;
    if (k == EntityKind::person || k == EntityKind::group) return std::nullopt;
    return static_cast<std::size_t>(m);
  }

  /// True for a lower-case word that may modify a name after "the": "the libertarian Cato
  /// Institute", "the liberal Center for American Progress".
  bool is_name_modifier(std::uint32_t i) const {
    return doc_.is_word(i) && !doc_.token(i).capitalized && mention_at_[i] < 0 &&
           !is_role_preposition(doc_.lower(i)) && !is_determiner(doc_.lower(i));
  }

  /// An organisation at `i`, or after a "the" or "its" there (lexicon names may hold the "the")
  /// and perhaps one lower-case modifier; two words are a clause ("the rally denounced ...").
  std::optional<std::size_t> organization_after(std::uint32_t i, std::uint32_t last) const {
    if (auto org = organization_at(i)) return org;
    if (i + 1 >= last || (doc_.lower(i) != "the" && doc_.lower(i) != "its")) return std::nullopt;
    if (auto org = organization_at(i + 1)) return org;
    return is_name_modifier(i + 1) ? organization_at(i + 2) : std::nullopt;
  }

  /// The end of the appositive that starts at `first`, within the sentence.
  std::uint32_t appositive_end(std::uint32_t first, std::uint32_t limit) const {
    std::uint32_t i = first;
    while (i < limit && !ends_appositive(doc_, i)) ++i;
    return i;
  }

  /// The first token at or after `i` that is no adverb or auxiliary.
  std::uint32_t skip_fillers(std::uint32_t i, std::uint32_t last) const {
    while (i < last && is_clause_filler(doc_.lower(i))) ++i;
    return i;
  }

  /// The role after a name: in its appositive, a relative clause on it, or a verb of holding a
  /// post right after it ("Igor Sechin now heads Rosneft").
  void after_person(std::size_t m) {
    const Sentence& sent = doc_.sentences()[doc_.sentence_of(mentions_[m].first)];
    std::uint32_t comma = mentions_[m].last;
    if (comma >= sent.last) return;
    if (doc_.lower(comma) != ",") {
      headship(m, skip_fillers(comma, sent.last), sent.last);
      return;
    }
    std::uint32_t first = comma + 1;
    std::uint32_t last = appositive_end(first, sent.last);
    if (last > first && (owner_first(m, first, last) || role_first(m, first, last))) return;
    relative_clause(m, sent.last);
  }

  /// True when a role ending at `end` is not person `m`'s: another's ("the Republican nominee's
  /// daughter"), or the title of the name after it ("Republican presidential front-runner
  /// Donald Trump").
  bool role_of_other(std::size_t m, std::uint32_t end, std::uint32_t last) const {
    return end < last && (doc_.lower(end) == "'s" || other_person_at(end, m));
  }

  /// ", RT's editor in chief", ", NBC's longtime anchor": the organisation, its possessive,
  /// perhaps one modifier, then the role, which must end the phrase when `whole`.
  bool owner_first(std::size_t m, std::uint32_t first, std::uint32_t last, bool whole = false) {
    auto org = organization_after(first, last);
    if (!org) return false;
    std::uint32_t j = mentions_[*org].last;
    if (j < last && doc_.lower(j) == "'s") ++j;
    auto title = lex_.titles.match(doc_, j, last);
    if (!title && j + 1 < last && is_name_modifier(j)) title = lex_.titles.match(doc_, ++j, last);
    if (!title) return false;
    std::uint32_t end = j + static_cast<std::uint32_t>(title.length);
    if (role_of_other(m, end, last) || (whole && end != last)) return false;
    out_.push_back({m, *org, {first, end}});
    return true;
  }

  /// ", a senior fellow at the Hoover Institution", ", spokeswoman for the campaign": an opening
  /// word or the role itself, the role, a preposition, then the organisation.
  bool role_first(std::size_t m, std::uint32_t first, std::uint32_t last) {
    if (first >= last) return false;
    if (!opens_appositive(doc_.lower(first)) && !lex_.titles.match(doc_, first, last)) return false;
    for (std::uint32_t i = first; i < last && i < first + kRoleWindow; ++i) {
      auto title = lex_.titles.match(doc_, i, last);
      if (!title) continue;
      std::uint32_t p = i + static_cast<std::uint32_t>(title.length);
      if (role_of_other(m, p, last)) return false;
      if (p >= last || !is_role_preposition(doc_.lower(p))) continue;
      auto org = role_object(p, last);
      if (org) out_.push_back({m, *org, {first, p + 1}});
      return org.has_value();
    }
    return false;
  }

  /// The organisation after a role's preposition at `p`, past the role's own complement if it
  /// has one: "vice president for policy for the Center for American Progress".
  std::optional<std::size_t> role_object(std::uint32_t p, std::uint32_t last) const {
    if (auto org = organization_after(p + 1, last)) return org;
    std::uint32_t q = p + 1;
    while (q < last && q <= p + 3 && is_name_modifier(q)) ++q;
    if (q == p + 1 || q >= last || !is_role_preposition(doc_.lower(q))) return std::nullopt;
    return organization_after(q + 1, last);
  }

  /// ", who heads the FBI", ", a Putin associate who is now the executive chairman of Rosneft":
  /// a relative clause on the name or on the appositive or predicate beside it.
  void relative_clause(std::size_t m, std::uint32_t last) {
    auto who = relative_pronoun(m, last);
    if (!who) return;
    std::uint32_t i = skip_fillers(*who + 1, last);
    if (i > *who + 1 && is_be_form(doc_.lower(i - 1))) {
      role_first(m, i, appositive_end(i, last));
      return;
    }
    if (i < last && is_be_form(doc_.lower(i))) {
      std::uint32_t first = skip_fillers(i + 1, last);
      role_first(m, first, appositive_end(first, last));
      return;
    }
    headship(m, i, last);
  }

  /// The "who" of a relative clause on person `m`: right after the name's comma, or closing the
  /// appositive or "is ..." predicate that follows it, where its nearest noun is no other person.
  std::optional<std::uint32_t> relative_pronoun(std::size_t m, std::uint32_t last) const {
    std::uint32_t i = mentions_[m].last;
    if (i < last && doc_.lower(i) == ",") ++i;
    if (i >= last) return std::nullopt;
    if (doc_.lower(i) == "who") return i;
    std::string_view w = doc_.lower(i);
    if (!opens_appositive(w) && !is_be_form(w) && !lex_.titles.match(doc_, i, last))
      return std::nullopt;
    for (std::uint32_t j = i + 1; j < last && j < i + kClauseWindow; ++j) {
      if (doc_.lower(j) == "who") {
        if (other_person_at(j - 1, m)) return std::nullopt;  // "the wife of X who ..."
        return j;
      }
      if (ends_clause(doc_, j)) return std::nullopt;
    }
    return std::nullopt;
  }

  /// "heads the FBI", "runs a consulting firm, Global Energy Capital": a verb of holding a post
  /// at `i` and the organisation it names.
  void headship(std::size_t m, std::uint32_t i, std::uint32_t last) {
    if (i >= last || !lex_.role_verbs.count(doc_.lower(i))) return;
    auto org = headed_organization(i + 1, last);
    if (org && !modifies_noun(mentions_[*org].last)) out_.push_back({m, *org, {i, i + 1}});
  }

  /// True when a content word follows a name: the name only modifies it ("leads the Republican
  /// field", "led United States forces", "leads Democratic Rep. Patrick Murphy by 9 points").
  bool modifies_noun(std::uint32_t i) const {
    if (!doc_.is_word(i)) return false;
    std::string_view w = doc_.lower(i);
    return !is_role_preposition(w) && !is_clause_word(w);
  }

  /// The organisation a role verb's object names: itself, or the name an indefinite object is
  /// renamed by after its comma ("a New York-based consulting firm, Global Energy Capital").
  std::optional<std::size_t> headed_organization(std::uint32_t i, std::uint32_t last) const {
    if (auto org = organization_after(i, last)) return org;
    if (i >= last || (doc_.lower(i) != "a" && doc_.lower(i) != "an")) return std::nullopt;
    for (std::uint32_t j = i + 1; j + 1 < last && j < i + kRoleWindow; ++j) {
      if (doc_.lower(j) == ",") return organization_at(j + 1);
      if (ends_clause(doc_, j)) break;
    }
    return std::nullopt;
  }

  /// The role before a name: an organisation's possessive, or a role phrase its comma closes.
  void before_person(std::size_t m) {
    std::uint32_t f = mentions_[m].first;
    if (f < 2) return;
    if (doc_.lower(f - 1) == "'s") possessor(m, f - 1);
    if (doc_.lower(f - 1) == ",") role_before(m, f - 1);
  }

  /// "NBC's Lester Holt", "Russia's Vladimir Putin": an organisation's possessive names one of
  /// its people by a full name known to be a person's (a first name, a title); before other
  /// capitalised words it names a thing ("Russia's Christmas list", "China's Silk Road").
  void possessor(std::size_t m, std::uint32_t s) {
    const Mention& name = mentions_[m];
    if (name_end(name) - name.first < 2 || !name.kind_known) return;
    int k = mention_at_[s - 1];
    if (k < 0 || mentions_[k].last != s) return;
    if (auto org = organization_at(mentions_[k].first))
      out_.push_back({m, *org, {mentions_[k].first, s + 1}});
  }

  /// "the head of the FBI's field office in New York, Bill Sweeney,", "CNN's chief political
  /// correspondent, Dana Bash,": a role phrase, opening its clause, that the name after its
  /// comma renames. A name followed by "and" is a list.
  void role_before(std::size_t m, std::uint32_t comma) {
    const Sentence& sent = doc_.sentences()[doc_.sentence_of(comma)];
    std::uint32_t after = mentions_[m].last;
    if (after < sent.last && (doc_.lower(after) == "and" || doc_.lower(after) == "or")) return;
    std::uint32_t first = comma;
    while (first > sent.first && comma - first < kPhraseWindow && !ends_clause(doc_, first - 1))
      --first;
    if (first > sent.first && !ends_clause(doc_, first - 1)) return;  // no clause opening found
    // "Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano": the role
    // is the appositive of the name before it.
    if (first >= 2 && doc_.lower(first - 1) == "," && mention_at_[first - 2] >= 0 &&
        is_person(static_cast<std::size_t>(mention_at_[first - 2])))
      return;
    if (std::any_of(mention_at_.begin() + first, mention_at_.begin() + comma,
                    [&](int k) { return k >= 0 && is_person(static_cast<std::size_t>(k)); }))
      return;  // "the wife of Ed Schultz, Wendy Schultz": the role is the other person's kin
    // An owner's role must fill the phrase: "The Republican presidential nominee Monday showered
    // Egypt's ruler, Abdel Fattah al-Sisi" is a clause.
    if (!owner_first(m, first, comma, true)) role_first(m, first, comma);
  }

  const Document& doc_;
  const Lexicon& lex_;
  const std::vector<Mention>& mentions_;
  const EntityResolver& resolver_;
  std::vector<int> mention_at_;
  std::vector<AppositiveRole> out_;
};

}  // namespace

std::vector<AppositiveRole> find_appositive_roles(const Document& doc, const Lexicon& lex,
                                                  const std::vector<Mention>& mentions,
                                                  const EntityResolver& resolver) {
  return AppositiveFinder(doc, lex, mentions, resolver).run();
}

}  // namespace claimgraph
