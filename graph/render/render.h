#pragma once
// Draws a claim graph (or part of it) through Graphviz's C API as SVG, DOT, PNG or PDF: shape
// and colour by entity kind, line style by relation kind, one edge per pair and kind weighted
// by its articles, a legend, the evidence as tooltips and a link to the article. A picture has
// a budget: beyond it the heaviest part is drawn and the picture says what was left out.
// Graphviz itself stays behind this header.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model/claim_graph.h"
#include "graph/query/aggregate.h"

namespace claimgraph {

/// Output formats.
enum class RenderFormat { svg, dot, png, pdf };

/// The format of a name ("svg", "dot", "gv", "png", "pdf"); nothing when unknown.
std::optional<RenderFormat> parse_render_format(std::string_view name);

/// The Graphviz release the renderer was built with, for --version.
std::string graphviz_version();

/// How to draw.
struct RenderOptions {
  RenderFormat format = RenderFormat::svg;
  std::string layout;  ///< "dot", "sfdp", ...; empty chooses by size
  std::string title;   ///< graph label
  bool legend = true;
  std::size_t tooltip_chars = 400;  ///< evidence longer than this is cut in tooltips
  std::size_t max_nodes = 0;        ///< draw at most this many entities, the heaviest; 0: all
  std::size_t min_weight = 1;       ///< edges of fewer articles than this are left out
  bool all_entities = false;        ///< also draw the chosen entities with no drawn edge
  RelationFilter filter;            ///< the relations drawn (kinds, stances, confidence, outlets)
  /// Groups entities in boxes by the outlet ("outlet") or the article ("article") most of
  /// their drawn relations come from; empty: no groups.
  std::string cluster;
  std::optional<ClaimGraph::Vertex> keep;  ///< an entity always drawn (a focus, a path's end)
  /// The number each vertex is drawn under ("n12"); empty: the vertex's own. A part of a graph
  /// passes its vertices' numbers in the whole, so that it draws the picture the whole would.
  std::vector<ClaimGraph::Vertex> node_numbers;
  /// The web address of an article, or "" when its input gave none: an edge links to its
  /// first relation's article.
  std::function<std::string(const std::string& article)> article_url;
};

/// What a drawing holds and what it left out.
struct RenderSummary {
  std::size_t entities = 0;  ///< drawn
  std::size_t candidates =
      0;                  ///< the entities with a drawn edge (or all asked for) before the budget
  std::size_t edges = 0;  ///< aggregated edges drawn
  std::size_t relations = 0;  ///< the relations under them
};

/// Graphs with more entities than this are laid out with sfdp when no layout is chosen,
/// because dot's layered layout grows superlinearly.
inline constexpr std::size_t kLargeGraph = 300;

/// Renders the whole graph, or only `subset` of its entities, with one edge per (source,
/// target, kind), its width and label saying how many articles stand behind it; entities no
/// drawn edge touches are left out unless asked for, and beyond `max_nodes` only the
/// entities of most articles' edges are kept, the picture saying so. Returns the bytes of the
/// format asked for. Throws std::runtime_error when Graphviz fails.
std::string render(const ClaimGraph& graph, const RenderOptions& options,
                   const std::optional<std::vector<ClaimGraph::Vertex>>& subset = std::nullopt,
                   RenderSummary* summary = nullptr);

/// The relations an edge's tooltip quotes: a drawing reads no more of each edge unless it
/// groups entities (--cluster counts them all).
inline constexpr std::size_t kQuotedRelations = 3;

/// The same drawing from a graph already aggregated (without options.filter, which it does
/// not apply again): an aggregate of part of a graph, its edges in the whole graph's order,
/// draws what the whole would. Tooltips quote the edges' relations given and count the rest.
std::string render(const AggregateGraph& aggregated, const RenderOptions& options,
                   const std::optional<std::vector<ClaimGraph::Vertex>>& subset = std::nullopt,
                   RenderSummary* summary = nullptr);

}  // namespace claimgraph
