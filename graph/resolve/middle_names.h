#pragma once
// Telling apart people who share a first and last name by their middle initials, across
// articles: "George W. Bush" and "George H.W. Bush" share the key person:george-bush, and
// only the initials between the names say which one an article means.

#include <vector>

#include "graph/model/claim_graph.h"
#include "graph/resolve/rule_split.h"

namespace claimgraph {

/// Re-keys the person entities of a key whose articles name two or more sets of middle
/// initials, each in at least two articles: an entity with such initials gets its own key
/// ("person:george-bush-hw"); one without initials, or with initials only one article uses
/// (a typo is likelier than a third person), keeps the shared key, apart from both.
SplitNotes split_by_middle_initials(std::vector<ArticleExtraction>& extractions);

}  // namespace claimgraph
