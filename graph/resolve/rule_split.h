#pragma once
// Splitting what extraction keyed together, as the user's "!=" rules say: an article's entity
// whose name is one side of a rule gets that side's own key ("person:george-w-bush" instead of
// the first-and-last-name key "person:george-bush" it shares with George H.W. Bush).

#include <map>
#include <string>
#include <vector>

#include "graph/model/claim_graph.h"
#include "graph/resolve/alias_rules.h"

namespace claimgraph {

/// What splitting did, by the key an article entity ended up with, for `explain-entity`.
struct SplitNotes {
  std::map<std::string, std::vector<MergeNote>> joined;  ///< key -> the keys its entities had
  std::map<std::string, std::vector<MergeNote>> apart;   ///< key -> keys a rule split from it
};

/// Re-keys the article entities a "!=" rule names. An entity goes to a side when its canonical
/// name is that side, or else when its aliases name one side of the rule and not the other
/// (the article's own full name decides); its aliases naming the other side are dropped. An
/// entity naming neither side, under a key where both sides occur, stays apart from both under
/// its own key (a bare "George Bush" could be either: a guess would glue it to the wrong one);
/// where only one side occurs it follows that side. Costs one look-up per name, whatever the
/// number of rules.
SplitNotes split_kept_apart(std::vector<ArticleExtraction>& extractions,
                            const std::vector<AliasRule>& rules);

}  // namespace claimgraph
