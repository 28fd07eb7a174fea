#pragma once
// Groups an article's mentions into entities: full names with their surnames, campaigns with
// their candidates, descriptors ("the campaign") with the entity they stand for, and the
// organisations that people's titles imply.

#include <deque>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/extract/mentions.h"
#include "graph/model/extraction.h"

namespace claimgraph {

/// A person's membership implied by a title ("Trump spokesperson Hope Hicks").
struct TitleAffiliation {
  EntityIndex person = 0;
  EntityIndex organization = 0;
  std::uint32_t mention = 0;  ///< the titled mention
  bool implied = false;       ///< by the title alone ("Sen." -> Senate): a fallback
};

/// Entity clustering for one article. Indices are provisional until finish().
class EntityResolver {
 public:
  EntityResolver(const Document& doc, const Lexicon& lex, const std::vector<Mention>& mentions);

  /// The entity a mention refers to, if any.
  std::optional<EntityIndex> entity_of(std::size_t mention) const { return entity_of_[mention]; }
  /// Affiliations implied by titles, in text order.
  const std::vector<TitleAffiliation>& title_affiliations() const { return affiliations_; }
  /// The entity with this index.
  const Entity& entity(EntityIndex e) const { return entities_[e]; }
  /// The organisation a person speaks for, by title, if any.
  std::optional<EntityIndex> affiliation_of(EntityIndex person) const;
  /// The government a body belongs to ("Russian Foreign Ministry" -> "Russian government").
  std::optional<EntityIndex> parent_government(EntityIndex body) const;
  /// The campaign named after a person, if the article has one.
  std::optional<EntityIndex> campaign_of(EntityIndex person) const;
  /// An unnamed source ("a well-placed Western intelligence source") as a group entity named
  /// by its words without the determiner; weak, so kept only if a relation uses it.
  EntityIndex add_source_group(std::uint32_t first, std::uint32_t last);
  /// Marks an entity as taking part in an attribution or relation (weak entities need it).
  void mark_used(EntityIndex e) { used_[e] = true; }

  /// Drops unused weak entities, orders the rest by first mention and assigns ids.
  /// Returns the new index of each provisional index (nothing when dropped). Called once, last:
  /// the entities are moved out.
  std::vector<std::optional<EntityIndex>> finish(std::vector<Entity>& out);

 private:
  EntityIndex add(EntityKind kind, std::string_view canonical, bool weak, std::string_view country);
  void add_mention(EntityIndex e, std::size_t mention);
  void resolve_named(std::size_t m);
  /// The person keys this article gives to names with different middle initials ("George
  /// W. Bush" and "George H.W. Bush"): they are two people, keyed apart by their initials.
  void find_initials_conflicts();
  /// Notes the surnames of the article's people named with a first name ("Donald Trump").
  void find_full_name_surnames();
  /// True when a two-word name pairs a surname of the article's full-named people with an
  /// ordinary word that is no first name (before the surname, one the article also writes in
  /// lower case): "Debate Trump", "Trump World" are that person in some guise or their circle,
  /// not another person ("Lolita Grayson" is one: "lolita" is a word, but not of this article).
  bool modifies_known_surname(const Mention& m) const;
  /// True when the article writes `word` (lower case) somewhere without a capital.
  bool written_lower(std::string_view word) const;
  /// The key of a person's name mention: first and last name, and the middle initials when
  /// the article holds another person with the same first and last name.
  std::string person_mention_key(const Mention& mention) const;
  void resolve_surnames();
  /// True when a person's name is a surname and a generation suffix only ("Trump Jr.").
  bool is_surname_with_suffix(const Mention& m) const;
  /// "Trump Jr." after "Donald Trump Jr.": the article's person of that surname and suffix;
  /// else a person of its own.
  void resolve_surname_with_suffix(std::size_t m);
  void resolve_descriptors_and_titles();
  /// True when "in" or "near" stands before the mention ("in Terre Haute"): with no first
  /// name, title or honorific, a name there is a place, not a person.
  bool after_place_preposition(const Mention& m) const;
  /// True when a mention with no first name, title or honorific stands where capitals prove
  /// no name: after "in" or "the" ("the West"), in a title-case headline, or made of ordinary
  /// words alone ("Administrative Leave"). Such a mention makes no new person.
  bool capitals_prove_nothing(const Mention& m) const;
  /// True when every word of the mention is an ordinary word ("Administrative Leave").
  bool all_ordinary(const Mention& m) const;
  /// True when "the" opens the mention or stands right before it.
  bool after_the(const Mention& m) const;
  /// True when `word` is a WordNet word never capitalised as a name (or, with `plurals`, the
  /// plural of one).
  bool is_ordinary_word(std::string_view word, bool plurals) const;
  /// "Oversight Chairman Jason Chaffetz" after "House Oversight Committee": the one
  /// government body or organisation of the article with the lone word before a title in its
  /// name.
  std::optional<EntityIndex> body_by_word(const Mention& m) const;
  /// True when a name is all of a quotation: the title of a song, film or book ("FDT",
  /// "A Serious Man"), not an actor, unless a lexicon knows it.
  bool fills_quotation(const Mention& m) const;
  /// True when `word` is the plural of a name word of the article's people: "Clintons".
  bool names_family(std::string_view word) const;
  /// Makes organisations of weak people that context shows to be companies.
  void retype_companies();
  /// True when the mention's context is a company's: "a Walmart", "Walmart workers",
  /// "Gannett, which", "Wells Fargo CEO".
  bool company_context(const Mention& m) const;
  /// True when a word for a company stands beside the name: "drugmaker Allergan", "a maker
  /// called Mannatech", "Nucor steel company".
  bool company_named(const Mention& m) const;
  /// True when `word` says what a company is: "firm", "automaker", "Botox-maker".
  bool is_company_head(std::string_view word) const;
  std::optional<EntityIndex> resolve_descriptor(std::size_t m) const;
  std::optional<EntityIndex> title_organization(const Mention& m, EntityIndex person);
  std::optional<EntityIndex> implied_body(const Mention& m);
  /// The government of the place at tokens [first, last) at `level` (city, county, state):
  /// "Charlotte city government".
  std::optional<EntityIndex> local_government(std::uint32_t first, std::uint32_t last,
                                              const std::string& level);
  std::optional<EntityIndex> person_by_token(std::size_t m) const;
  /// The one person of the article whose name has a word one typo from `word` ("Netanyaho").
  std::optional<EntityIndex> person_by_typo(std::string_view word) const;
  static constexpr int kMale = 1, kFemale = 2;
  /// kMale for "Mr.", kFemale for "Mrs.", "Ms." and "Miss", else 0.
  static int honorific_gender(std::string_view lower_word);
  /// kMale or kFemale as the person's first name (first_name_gender.tsv) says, or else when
  /// "he" or "she" more often follows the person's full name; 0 when nothing says.
  int person_gender(EntityIndex person) const;
  /// Counts the pronouns after each person's full name, up to the next one's.
  void count_pronouns() const;
  /// The name part of an entity's key ("donald trump" for a person's first and last name).
  std::string_view key_name(EntityIndex e) const;

  const Document& doc_;
  const Lexicon& lex_;
  const std::vector<Mention>& mentions_;
  std::vector<Entity> entities_;
  std::vector<bool> weak_;
  std::vector<bool> used_;
  /// Per entity: kind and normalised name. A deque, so that the views of by_key_ and
  /// people_by_word_ stay valid as entities are added.
  std::deque<std::string> keys_;
  std::vector<std::string> country_;      // per entity: its country, for government bodies
  std::vector<std::uint32_t> first_pos_;  // per entity: first token mentioning or implying it
  std::vector<std::optional<EntityIndex>> entity_of_;
  std::vector<TitleAffiliation> affiliations_;
  /// Entity by key (a view of its keys_ entry).
  std::unordered_map<std::string_view, EntityIndex, WordHash, std::equal_to<>> by_key_;
  /// The key add() builds, kept to reuse its buffer.
  std::string key_scratch_;
  std::set<std::string> initials_conflicts_;               ///< see find_initials_conflicts
  std::set<std::string, std::less<>> full_name_surnames_;  ///< see find_full_name_surnames
  std::unordered_map<EntityIndex, EntityIndex>
      affiliation_of_;  // person -> first title affiliation
  /// Per person: how often "he"/"his"/"him" and "she"/"her" follow their full name.
  mutable std::unordered_map<EntityIndex, std::pair<int, int>> pronoun_counts_;
  /// How often each lower-case word occurs in the article; filled when a typo is first sought.
  mutable std::unordered_map<std::string_view, std::size_t> word_uses_;
  /// The words the article writes without a capital; filled when first asked.
  mutable std::unordered_set<std::string_view> lower_words_;
  mutable bool lower_words_read_ = false;
  /// First and last names of full-name mentions -> (token, entity), in text order.
  /// Keys are views of keys_ entries.
  std::unordered_map<std::string_view, std::vector<std::pair<std::uint32_t, EntityIndex>>, WordHash,
                     std::equal_to<>>
      people_by_word_;
};

}  // namespace claimgraph
