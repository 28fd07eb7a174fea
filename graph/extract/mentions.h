#pragma once
// Finds entity mentions in a document: lexicon names, country-based bodies ("Russian embassy"),
// proper-name chunks, campaigns ("Trump's campaign team"), titled people ("Deputy Foreign
// Minister Sergei Ryabkov") and descriptors ("the campaign") still to be resolved.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/extract/lexicon.h"
#include "graph/model/types.h"
#include "graph/text/document.h"

namespace claimgraph {

/// How a mention names its entity.
enum class MentionType : std::uint8_t {
  name,        ///< a proper name or lexicon name
  surname,     ///< a single capitalised token that may be a known person's surname
  country,     ///< a country or its metonym: the state, an entity only when it acts
  campaign,    ///< "<person> campaign"
  descriptor,  ///< "the campaign", "the ministry": the most recent entity with that head word
  group,       ///< an unnamed collective: "Russian journalists"
};

/// A title in front of a person's name and what stands before it ("Russia's", "Trump", "FBI").
struct TitleInfo {
  std::uint32_t first = 0;  ///< first token of the title phrase including its modifier
  std::uint32_t title_first = 0;
  std::uint32_t title_last = 0;
  const Title* title = nullptr;
  std::optional<std::uint32_t> modifier;  ///< index of the modifying mention, if any
  bool local = false;  ///< a place stands before it: "Florida Rep.", "New York Attorney General"
  std::uint32_t place_first = 0;  ///< where that place begins, when local
};

/// One mention of an entity candidate: a token range and what it seems to name.
struct Mention {
  std::uint32_t first = 0;      ///< first token
  std::uint32_t last = 0;       ///< one past the last token
  std::uint32_t name_last = 0;  ///< one past the name where a place trails it ("Ann Lee of
                                ///< Ohio"); 0 when the name ends with the mention
  MentionType type = MentionType::name;
  EntityKind kind = EntityKind::person;
  std::string canonical;    ///< proposed canonical name
  std::string head;         ///< descriptors: the head word ("ministry"); "adjective" for a country
                            ///< adjective that only modifies a title ("Russian President")
  std::string country;      ///< the country a government mention belongs to
  bool kind_known = false;  ///< kind comes from a lexicon, title or suffix, not a guess
  bool in_quote = false;    ///< inside quotation marks
  bool in_title_case = false;  ///< in a title-case sentence, where capitals prove nothing
  std::optional<TitleInfo> title;
};

/// One past the last token of the name a mention gives, without a trailing "of <place>".
inline std::uint32_t name_end(const Mention& m) { return m.name_last ? m.name_last : m.last; }

/// Quotation spans of a document, as token ranges [first, last) including the marks.
struct Quote {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

/// Pairs quotation marks within each paragraph; an unclosed quote ends with its paragraph.
std::vector<Quote> find_quotes(const Document& doc);

/// Per token, the index of the mention covering it, or -1.
std::vector<int> mention_index(const Document& doc, const std::vector<Mention>& mentions);

/// An initial or a run of them: "C.", "S.C.", "J.R.": a letter before each dot.
bool is_initials(std::string_view w);

/// "Jr.", "III": a generational suffix that tells a son from his father.
bool is_generation_suffix(std::string_view lower_word);

/// Courtesy titles that only ever precede a person's name ("Mr. Schultz", "Ms. Wahl").
bool is_honorific(std::string_view lower_word);

/// The length of a name particle ("al-", "el-", "bin-"...) opening `word` with more after it,
/// or 0: "el-Sisi" is also "Sisi".
std::size_t particle_length(std::string_view word);

/// Finds every mention in prose sentences (and lexicon names in headlines), in text order.
std::vector<Mention> find_mentions(const Document& doc, const Lexicon& lex,
                                   const std::vector<Quote>& quotes);

}  // namespace claimgraph
