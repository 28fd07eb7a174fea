#pragma once
// Draws a claim graph (or part of it) through Graphviz's C API: shape and colour by entity
// kind, line style by relation kind, a legend, and the evidence as tooltips. Graphviz itself
// stays behind this header.

#include <optional>
#include <string>
#include <vector>

#include "graph/model/claim_graph.h"

namespace claimgraph {

/// Output formats.
enum class RenderFormat { svg, dot };

/// How to draw.
struct RenderOptions {
  RenderFormat format = RenderFormat::svg;
  std::string layout;  ///< "dot", "sfdp", ...; empty chooses by size
  std::string title;   ///< graph label
  bool legend = true;
  std::size_t tooltip_chars = 400;  ///< evidence longer than this is cut in tooltips
};

/// Graphs with more entities than this are laid out with sfdp when no layout is chosen,
/// because dot's layered layout grows superlinearly.
inline constexpr std::size_t kLargeGraph = 300;

/// Renders the whole graph, or only `subset` of its entities and the relations among them.
/// Throws std::runtime_error when Graphviz fails.
std::string render(const ClaimGraph& graph, const RenderOptions& options,
                   const std::optional<std::vector<ClaimGraph::Vertex>>& subset = std::nullopt);

}  // namespace claimgraph
