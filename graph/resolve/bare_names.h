#pragma once
// A person an article names by one word only ("Trump", "Obama", "Hillary") is the person of
// that surname or first name whom the graph makes likely: the full names with that word are
// the candidates, each weighted by the articles naming it and by how often the article's other
// entities appear beside it elsewhere (a naive Bayes posterior). The word joins the best
// candidate only when that one is clearly dominant, so "Bush" between George W., George H.W.
// and Jeb stays apart unless the article's company says which one it is.

#include <vector>

#include "graph/model/extraction.h"
#include "graph/resolve/alias_rules.h"
#include "graph/resolve/rule_split.h"

namespace claimgraph {

/// How sure the posterior must be before a one-word name joins a full name.
inline constexpr double kBareNameConfidence = 0.9;

/// Re-keys each one-word person of each article to the full name the graph makes dominant
/// (posterior >= kBareNameConfidence, at least two articles behind it); words an alias rule
/// names are left to the rules. Returns, by the key joined, a note per re-keyed key.
SplitNotes link_bare_names(std::vector<ArticleExtraction>& extractions,
                           const std::vector<AliasRule>& rules);

}  // namespace claimgraph
