#pragma once
// Headlines written into the text as sentences ("FBI Makes Final Preparations To Interview
// Hillary Clinton.") capitalise ordinary words, so a capital letter there is no evidence of a
// name.

#include "graph/text/document.h"

namespace claimgraph {

/// True when `sentence` is written in title case: four capitalised words or more, and none
/// left in lower case but the short words headline style keeps small ("a", "of", "to").
/// "Ann Lee met Bo Chen" lowers its verb: it is prose.
bool is_title_case(const Document& doc, const Sentence& sentence);

/// The same test over the tokens [first, last): a quoted headline inside a sentence.
bool is_title_case(const Document& doc, std::uint32_t first, std::uint32_t last);

}  // namespace claimgraph
