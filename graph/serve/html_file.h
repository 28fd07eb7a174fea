#pragma once
// The explorer as one HTML file to attach to a story or send to a colleague: the page, its
// script, style sheet and graph library inline with the data of a chosen subgraph (entities,
// edges and every quote behind them), fetching nothing, under a Content-Security-Policy that
// lets only its own inline code run.

#include <optional>
#include <string>
#include <vector>

#include "graph/io/export.h"
#include "graph/query/aggregate.h"

namespace claimgraph {

/// What the file holds and the view it opens on.
struct HtmlFileOptions {
  RelationFilter filter;                                  ///< the relations kept
  std::optional<std::vector<ClaimGraph::Vertex>> subset;  ///< the entities kept; all when none
  std::size_t max_nodes = 0;                 ///< at most this many, most relations first
  std::optional<ClaimGraph::Vertex> center;  ///< opens on its neighbourhood
  std::optional<std::pair<ClaimGraph::Vertex, ClaimGraph::Vertex>> path;  ///< or on this path
};

/// The self-contained explorer page over the part of `graph` the options choose.
std::string explorer_html(const ClaimGraph& graph, const ArticleIndex& articles,
                          const HtmlFileOptions& options);

}  // namespace claimgraph
