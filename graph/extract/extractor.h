#pragma once
// The extraction pipeline for one article: text -> mentions and attributions -> entities ->
// relations, returned as the contract's per-article record.

#include "graph/extract/lexicon.h"
#include "graph/model/extraction.h"
#include "graph/text/document.h"

namespace claimgraph {

/// Extracts entities, attributions and relations from one article (valid UTF-8 text), reading
/// its mojibake repaired; spans and evidence texts still index the text as read.
ArticleExtraction extract_article(const Article& article, const Lexicon& lexicon);

}  // namespace claimgraph
