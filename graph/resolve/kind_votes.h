#pragma once
// A name an article could only guess is a person's ("Chevron", "Wells Fargo": capitals, no
// first name, title or honorific) is the organisation, outlet or government body other
// articles name so with evidence (a suffix, a lexicon, a company's context), unless the graph
// knows the word as a person's given name or surname ("Forbes" beside "Steve Forbes" stays).

#include <vector>

#include "graph/model/extraction.h"
#include "graph/resolve/alias_rules.h"
#include "graph/resolve/rule_split.h"

namespace claimgraph {

/// Re-keys each person entity whose every word is unknown as a word of a full person's name
/// in the graph to the non-person key other articles give its name (by name or alias; the
/// one with the most articles); names an alias rule holds are left to the rules. Returns, by
/// the key joined, a note per re-keyed key.
SplitNotes retype_guessed_people(std::vector<ArticleExtraction>& extractions,
                                 const std::vector<AliasRule>& rules);

}  // namespace claimgraph
