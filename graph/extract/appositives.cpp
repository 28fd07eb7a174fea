#include "graph/extract/appositives.h"

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

/// Tokens that end an appositive.
bool ends_appositive(const Document& doc, std::uint32_t i) {
  const Token& t = doc.token(i);
  std::string_view w = doc.lower(i);
  return w == "," || w == "." || w == ";" || w == "(" || w == ")" || w == "and" ||
         t.kind == TokenKind::dash || t.kind == TokenKind::open_quote ||
         t.kind == TokenKind::close_quote;
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

  std::vector<AppositiveRole> run() {
    for (std::size_t m = 0; m < mentions_.size(); ++m)
      if (is_person(m)) after_person(m);
    return std::move(out_);
  }

 private:
  /// Longest appositive looked at, in tokens: roles come early in it.
  static constexpr std::uint32_t kRoleWindow = 8;

  bool is_person(std::size_t m) const {
    auto e = resolver_.entity_of(m);
    return e && resolver_.entity(*e).kind == EntityKind::person;
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

  /// An organisation at `i`, or after a "the" or "its" there (lexicon names may hold the "the").
  std::optional<std::size_t> organization_after(std::uint32_t i, std::uint32_t last) const {
    if (auto org = organization_at(i)) return org;
    if (i + 1 < last && (doc_.lower(i) == "the" || doc_.lower(i) == "its"))
      return organization_at(i + 1);
    return std::nullopt;
  }

  /// The end of the appositive that starts at `first`, within the sentence.
  std::uint32_t appositive_end(std::uint32_t first, std::uint32_t limit) const {
    std::uint32_t i = first;
    while (i < limit && !ends_appositive(doc_, i)) ++i;
    return i;
  }

  void after_person(std::size_t m) {
    const Sentence& sent = doc_.sentences()[doc_.sentence_of(mentions_[m].first)];
    std::uint32_t comma = mentions_[m].last;
    if (comma >= sent.last || doc_.lower(comma) != ",") return;
    std::uint32_t first = comma + 1;
    std::uint32_t last = appositive_end(first, sent.last);
    if (last == first) return;
    if (owner_first(m, first, last)) return;
    role_first(m, first, last);
  }

  /// ", RT's editor in chief": the organisation, its possessive, then the role.
  bool owner_first(std::size_t m, std::uint32_t first, std::uint32_t last) {
    auto org = organization_after(first, last);
    if (!org) return false;
    std::uint32_t j = mentions_[*org].last;
    if (j < last && doc_.lower(j) == "'s") ++j;
    auto title = lex_.titles.match(doc_, j, last);
    if (!title) return false;
    out_.push_back({m, *org, {first, j + static_cast<std::uint32_t>(title.length)}});
    return true;
  }

  /// ", a senior fellow at the Hoover Institution": lower-case words, a role, a preposition,
  /// then the organisation.
  void role_first(std::size_t m, std::uint32_t first, std::uint32_t last) {
    if (!opens_appositive(doc_.lower(first))) return;
    for (std::uint32_t i = first; i < last && i < first + kRoleWindow; ++i) {
      auto title = lex_.titles.match(doc_, i, last);
      if (!title) continue;
      std::uint32_t p = i + static_cast<std::uint32_t>(title.length);
      if (p >= last || !is_role_preposition(doc_.lower(p))) continue;
      if (auto org = organization_after(p + 1, last)) out_.push_back({m, *org, {first, p + 1}});
      return;
    }
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
