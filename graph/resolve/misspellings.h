#pragma once
// A full name written one letter off a name the graph knows far better ("Barrack Obama",
// "Hilary Clinton") is that name misspelt, when the majority is clear: the rare spelling joins
// the common one, and explain-entity says so. Anything closer to a judgement call is left to
// the user's alias file.

#include <vector>

#include "graph/model/extraction.h"
#include "graph/resolve/alias_rules.h"
#include "graph/resolve/rule_split.h"

namespace claimgraph {

/// Articles the common spelling needs, and how many times the rare one's it must have.
inline constexpr std::size_t kMisspellingMinArticles = 10;
inline constexpr std::size_t kMisspellingMajority = 10;

/// Re-keys each person key one letter (inserted, dropped or changed, never a word's first)
/// from exactly one person key with at least kMisspellingMinArticles articles and
/// kMisspellingMajority times its own, both of two words or more; keys an alias rule names
/// are left to the rules. Returns, by the key joined, a note per re-keyed key.
SplitNotes join_misspellings(std::vector<ArticleExtraction>& extractions,
                             const std::vector<AliasRule>& rules);

}  // namespace claimgraph
