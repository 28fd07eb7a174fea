#pragma once
// Resolution across articles: one graph entity per real-world entity. Entities merge when
// they share a key (kind and normalised name), when a one-word name ("Trump", "Mrs. Obama")
// has one dominant full name given the article's other entities (bare_names.h) or exactly one
// full name in the graph, when an organisation's name is another one's alias, and as the user's
// alias rules say; "!=" rules keep entities apart whatever else says. Every merge is noted
// on the entity it joined, so `explain-entity` can show why, and undone by editing the rules.

#include <vector>

#include "graph/model/claim_graph.h"
#include "graph/resolve/alias_rules.h"

namespace claimgraph {

/// Builds one graph from many articles' extractions, resolving entities across them.
ClaimGraph build_claim_graph(std::vector<ArticleExtraction> extractions,
                             const std::vector<AliasRule>& rules);

}  // namespace claimgraph
