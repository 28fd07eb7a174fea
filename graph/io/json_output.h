#pragma once
// Writes an article's extraction as one line of the JSON Lines output contract
// (../shared/eval/README.md): entities, attributions and relations with code-point spans.

#include <string>

#include "graph/model/extraction.h"
#include "graph/text/document.h"

namespace claimgraph {

/// One JSON object on one line, without the trailing newline. Deterministic byte for byte.
std::string to_json_line(const ArticleExtraction& extraction);

/// The same record with the article's content hash and size, as `merge` needs to rebuild a
/// store from partial results.
std::string to_json_line(const StoredArticle& article);

/// An article as one JSON Lines input record ("id", metadata when known, "text"), which the
/// JSON Lines reader takes back exactly.
std::string to_json_line(const Article& article);

}  // namespace claimgraph
