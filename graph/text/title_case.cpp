#include "graph/text/title_case.h"

#include <array>
#include <cctype>
#include <string_view>

namespace claimgraph {

namespace {

/// Articles, conjunctions and short prepositions: the words a title-case headline keeps in
/// lower case (AP and Chicago style).
bool is_minor_word(std::string_view w) {
  static constexpr std::array<std::string_view, 18> kMinor = {
      "a",   "an", "and", "as", "at",  "but", "by", "for", "in",
      "nor", "of", "on",  "or", "per", "the", "to", "vs",  "via"};
  for (std::string_view m : kMinor)
    if (w == m) return true;
  return false;
}

}  // namespace

bool is_title_case(const Document& doc, const Sentence& sentence) {
  return is_title_case(doc, sentence.first, sentence.last);
}

bool is_title_case(const Document& doc, std::uint32_t first, std::uint32_t last) {
  int capitalised = 0;
  for (std::uint32_t i = first; i < last; ++i) {
    // Numbers ("9/11") and a possessive "'s" have no case to give.
    if (!doc.is_word(i) || !std::isalpha(static_cast<unsigned char>(doc.lower(i).front())))
      continue;
    if (doc.token(i).capitalized)
      ++capitalised;
    else if (!is_minor_word(doc.lower(i)))
      return false;
  }
  return capitalised >= 4;
}

}  // namespace claimgraph
