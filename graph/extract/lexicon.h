#pragma once
// The word lists extraction relies on, loaded from data/lexicons (embedded at build time or
// read from a directory the user names). Nothing about particular articles lives in code.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/extract/cue_model.h"
#include "graph/extract/phrase_table.h"
#include "graph/extract/word_set.h"
#include "graph/model/types.h"
#include "graph/text/hash.h"

namespace claimgraph {

struct EmbeddedFile;

/// What a known name (outlet, government body, organisation, country) refers to.
struct KnownName {
  std::string canonical;
  EntityKind kind = EntityKind::organization;
  std::string country;      ///< the country a government body belongs to, if any
  bool ambiguous = false;   ///< also an ordinary word: never trusted at a sentence start
  bool is_country = false;  ///< names a country: an entity only when the state acts
};

/// A country and the name of its government as an entity.
struct Country {
  std::string name;
  std::string government;
  std::string adjective;  ///< the first adjective, used to name bodies ("Russian Embassy")
};

/// A job title or role and the organisation it implies when none is named beside it.
struct Title {
  std::string role;  ///< head, minister, spokesperson, campaign_staff, journalist, ...
  std::string body;  ///< "government", "campaign", "outlet", a body suffix, or empty
};

/// The grammatical type of an attribution cue.
enum class CueType : std::uint8_t { verb, prep, noun };

/// An attribution cue form.
struct Cue {
  CueType type = CueType::verb;
  std::string lemma;
};

/// What the cue model is told of a lexicon match: no cue (null), or the cue's type.
LexiconVerdict lexicon_verdict(const Cue* cue);

/// What a relation cue word signals.
enum class RelationCue : std::uint8_t {
  contact,
  contact_direct,  ///< a contact only when the other party follows at once ("called Putin")
  contact_money,   ///< as contact_direct, a tie of money or work an outlet may have ("funded")
  contact_noun,    ///< a contact only when "with", "between" or "to" follows ("a dinner with")
  affiliation,     ///< the subject works for or belongs to what follows ("works for RT")
  denial,
  negation,
  hedge,
  report,
  negated_contact,
  claim,             ///< a noun for a claim ("allegation"): a denial of it answers its maker
  denial_adjective,  ///< "false", "baseless": a denial only in "called X false", "X is false"
  blocked            ///< "cancelled", "declined": the contact after it never took place
};

/// Hashes words with word_hash and looks them up by string view without copies.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return word_hash(s); }
};

/// True when `plural` is an English plural ("-s", "-es", "-ies" for "-y") of a word of `set`:
/// "voters", "securities", "witnesses".
bool holds_singular_of(const WordSet& set, std::string_view plural);
/// A map from lower-case words or phrases.
/// A person's gender as courtesy titles and pronouns show it.
enum class Gender : std::uint8_t { male, female };

template <typename V>
using WordMap = std::unordered_map<std::string, V, WordHash, std::equal_to<>>;

/// All lexicons.
class Lexicon {
 public:
  /// The lexicons compiled into the binary (parsed once, then shared).
  static const Lexicon& builtin();
  /// Lexicons read from a directory holding the same files as data/lexicons.
  static Lexicon from_directory(const std::string& dir);
  /// Lexicons parsed from named file contents; throws std::runtime_error naming file and line.
  static Lexicon from_files(const std::vector<EmbeddedFile>& files);

  /// Lines longer than this are never page furniture.
  static constexpr std::size_t kMaxFurnitureBytes = 240;

  /// A hash of the lexicon files: stores re-extract articles when it changes.
  const std::string& fingerprint() const { return fingerprint_; }
  /// The fingerprint the lexicons of `files` have, without parsing them.
  static std::string fingerprint_of(const std::vector<EmbeddedFile>& files);
  /// The built-in lexicons' fingerprint, without parsing them (a re-run that extracts nothing
  /// needs only this).
  static const std::string& builtin_fingerprint();

  /// True when a whole line of text is page furniture (credits, share buttons, section links).
  bool is_furniture(std::string_view line) const;

  PhraseTable<KnownName> names;
  PhraseTable<std::uint32_t> country_words;  ///< adjectives and demonyms -> index in countries
  std::vector<Country> countries;
  PhraseTable<Title> titles;
  PhraseTable<std::string> body_nouns;  ///< "embassy" -> "Embassy"; "officials" -> "=government"
  PhraseTable<Cue> attribution_cues;
  PhraseTable<RelationCue> relation_cues;
  WordSet first_names;   ///< lower case
  WordSet stop_caps;     ///< lower case
  WordSet common_words;  ///< ordinary lower-case words (WordNet): capitalised, no name evidence
  WordMap<EntityKind> org_suffixes;   ///< lower-case final word -> kind
  WordMap<EntityKind> descriptors;    ///< "the campaign" heads -> kind
  WordSet campaign_parts;             ///< "team", "staff": still the campaign
  WordSet company_nouns;              ///< "workers", "shares": what a company has
  WordSet company_heads;              ///< "company", "firm", "automaker": what a company is
  WordSet company_senses;             ///< those and "chain", "newspaper": a company in one sense
  WordSet person_nouns;               ///< "supporter", "aide": kinds of person (WordNet)
  WordMap<Gender> first_name_gender;  ///< "hillary" -> female, as news titles and pronouns say
  WordSet source_nouns;               ///< "officials", "sources": anonymous sources
  WordSet role_verbs;                 ///< "heads", "runs": the subject holds the post that follows
  WordMap<KnownName> bodies;          ///< lower-case canonical body name
  PhraseTable<bool> places;           ///< states, cities, regions: never entities on their own
  WordSet non_entity_suffixes;        ///< "act", "amendment": laws, events
  /// The learned cue detector (cue_model.txt); empty when the folder has none.
  CueModel cue_model;

 private:
  /// A lower-case glob pattern ('*' wildcard) and the literal text it must start and end with.
  struct FurniturePattern {
    std::string glob;
    std::string prefix;
    std::string suffix;
  };
  std::vector<FurniturePattern> furniture_;
  /// furniture_'s patterns by the first byte of their prefix; [256]: those with none. A line
  /// is tried only against the patterns it can match.
  std::array<std::vector<std::uint32_t>, 257> furniture_by_byte_;
  /// Whether `lower` (a lower-case line) matches pattern `p` of furniture_.
  bool matches_furniture(std::uint32_t p, std::string_view lower) const;
  std::string fingerprint_;
};

/// Case-insensitive glob match where '*' matches any run of characters; `pattern` is lower case.
bool glob_match(std::string_view pattern, std::string_view lower_text);

}  // namespace claimgraph
