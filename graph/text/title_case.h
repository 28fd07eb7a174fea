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

}  // namespace claimgraph
