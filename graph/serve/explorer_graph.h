#pragma once
// What the explorer serves: a store's articles resolved into one graph, read once at start-up
// from the store opened read-only, with each article's title and URL for the evidence panel.

#include <string>

#include "graph/io/export.h"
#include "graph/model/claim_graph.h"

namespace claimgraph {

/// The resolved graph of a store and the titles and URLs of its articles.
struct ExplorerGraph {
  ClaimGraph graph;
  ArticleIndex articles;
  std::size_t article_count = 0;
};

/// Reads every article of the store at `store` (opened read-only, so serving never writes to
/// it) and resolves them into one graph; throws std::runtime_error when it is no store.
ExplorerGraph load_explorer_graph(const std::string& store);

}  // namespace claimgraph
