// claimgraph render: the claim graph of articles as SVG, DOT, PNG or PDF, whole (within a
// picture budget) or around one entity, a path or the contested pairs.

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/query_options.h"
#include "graph/io/export.h"
#include "graph/io/terminal_text.h"
#include "graph/query/names.h"
#include "graph/query/neighbors.h"
#include "graph/query/path.h"
#include "graph/query/saved_queries.h"
#include "graph/query/subgraph.h"
#include "graph/render/render.h"
#include "graph/serve/html_file.h"
#include "graph/store/store.h"

namespace claimgraph::cli {

namespace {

namespace fs = std::filesystem;

/// The entities a picture holds unless told otherwise: about what a reader can take in.
constexpr std::size_t kDefaultMaxNodes = 150;

struct RenderArgs {
  InputOptions inputs;
  std::string output;
  std::string format;
  std::string focus;
  std::vector<std::string> path;  ///< FROM TO: draw the shortest path between them
  std::string neighbors;          ///< draw this entity's ego network
  bool contested = false;         ///< draw the contested pairs
  std::size_t depth = 1;
  RenderOptions render;
  bool no_legend = false;
  QueryArgs relations;  ///< only its relation filters: --kind, --stance, --min-confidence, ...
};

/// True when the output is the explorer as one HTML file (--format html, or a .html name).
bool wants_html(const RenderArgs& a) {
  if (!a.format.empty()) return a.format == "html";
  std::string ext = fs::path(a.output).extension().string();
  return ext == ".html" || ext == ".htm";
}

/// The format --format names, else the output's extension says, else SVG; nothing (after
/// saying why) for an extension no format has: never a silent SVG in a .png file.
std::optional<RenderFormat> format_of(const RenderArgs& a) {
  if (!a.format.empty()) return parse_render_format(a.format);
  if (a.output.empty() || a.output == "-") return RenderFormat::svg;
  std::string name = fs::path(a.output).filename().string();
  auto dot = name.rfind('.');
  auto format = dot == std::string::npos || dot == 0 ? std::nullopt
                                                     : parse_render_format(name.substr(dot + 1));
  if (!format)
    std::cerr << "claimgraph render: cannot tell the format of " << terminal_safe(a.output)
              << ": give --format svg|dot|png|pdf, or end it in .svg, .dot, .gv, .png or .pdf\n";
  return format;
}

using Subset = std::optional<std::vector<ClaimGraph::Vertex>>;

/// The entities a query option selects (all when none is given); false when a name is unknown
/// or a path missing, after saying so.
bool select(const ClaimGraph& graph, RenderArgs& a, Subset& subset) {
  if (a.contested) subset = contested_entities(contested_pairs(aggregate(graph)));
  std::string center = a.neighbors.empty() ? a.focus : a.neighbors;
  if (!center.empty()) {
    auto found = find_named_entity(graph, center, "render");
    if (!found) return false;
    a.render.keep = *found;
    subset = a.neighbors.empty() ? neighbourhood(graph, *found, a.depth)
                                 : ego_network(aggregate(graph), *found, a.depth).entities;
  }
  if (a.path.empty()) return true;
  auto from = find_named_entity(graph, a.path[0], "render");
  auto to = find_named_entity(graph, a.path[1], "render");
  if (!from || !to) return false;
  PathResult found = find_paths(aggregate(graph, {}, Summaries::later), *from, *to, {});
  if (found.paths.empty()) {
    std::cerr << "claimgraph render: no path between " << terminal_safe(graph.entity(*from).name)
              << " and " << terminal_safe(graph.entity(*to).name)
              << " (`claimgraph path` says why)\n";
    return false;
  }
  subset = path_entities(found.paths, *from);
  a.render.max_nodes = 0;  // a path is drawn whole
  return true;
}

using Vertex = ClaimGraph::Vertex;

/// True when the picture is part of the graph chosen by entity (--focus, --neighbors, --path),
/// which the store's saved graph can give without reading every article.
bool drawn_by_entity(const RenderArgs& a) {
  return !a.contested && (!a.focus.empty() || !a.neighbors.empty() || !a.path.empty());
}

/// What `select` chooses, found in a saved graph: vertices of the whole graph.
bool select_saved(const GraphSnapshot& snapshot, RenderArgs& a, std::vector<Vertex>& subset) {
  std::string center = a.neighbors.empty() ? a.focus : a.neighbors;
  if (!center.empty()) {
    auto found = named_entity(snapshot.find(center), center, "render");
    if (!found) return false;
    a.render.keep = *found;
    subset = a.neighbors.empty() ? saved_hops(snapshot, *found, a.depth)
                                 : saved_neighbourhood(snapshot, *found, a.depth).first;
  }
  if (a.path.empty()) return true;
  auto from = named_entity(snapshot.find(a.path[0]), a.path[0], "render");
  auto to = named_entity(snapshot.find(a.path[1]), a.path[1], "render");
  if (!from || !to) return false;
  SavedPaths found = find_saved_paths(snapshot, *from, *to, {}, 0);
  if (found.found.paths.empty()) {
    std::cerr << "claimgraph render: no path between " << terminal_safe(snapshot.name(*from))
              << " and " << terminal_safe(snapshot.name(*to)) << " (`claimgraph path` says why)\n";
    return false;
  }
  subset.clear();
  for (Vertex v : path_entities(found.found.paths, found.from))
    subset.push_back(found.part->whole[v]);
  a.render.max_nodes = 0;  // a path is drawn whole
  return true;
}

/// The titles and URLs of the articles of the relations a part holds, from its store.
ArticleIndex part_articles(const std::string& store, const ClaimGraph& part) {
  std::vector<std::string> ids;
  for (auto [it, end] = boost::edges(part.graph()); it != end; ++it)
    ids.push_back(part.relation(*it).evidence.article);
  ArticleIndex articles;
  GraphStore(store, StoreAccess::read_only)
      .read_headers(std::move(ids), [&](ArticleExtraction&& x) { articles.add(x); });
  return articles;
}

/// Says on standard error what the budget left out, as the picture does.
void report_budget(const RenderSummary& s) {
  if (s.entities >= s.candidates) return;
  std::cerr << "claimgraph render: drew " << s.entities << " of " << s.candidates
            << " entities (those with the most articles' relations) and " << s.edges
            << " edges; --max-nodes N (0: all), --min-weight, --focus/--depth, --outlet and "
               "--since/--until choose others\n";
}

/// Writes the explorer over the selected subgraph as one HTML file.
int write_html(RenderArgs& a, const ClaimGraph& graph, const ArticleIndex& articles,
               Subset subset) {
  HtmlFileOptions html;
  html.filter = a.relations.relation_filter();
  html.subset = std::move(subset);
  html.max_nodes = a.render.max_nodes;
  if (a.render.keep) html.center = *a.render.keep;
  // A path's entities run from its first end to its last (subgraph.h).
  if (!a.path.empty()) html.path = {html.subset->front(), html.subset->back()};
  std::string page = explorer_html(graph, articles, html);
  Output out(a.output);
  out.stream() << page;
  out.finish();
  return a.inputs.failures ? kInputsFailed : kOk;
}

/// Sets what every drawing takes from the options.
void prepare(RenderArgs& a, RenderFormat format, const ArticleIndex& articles) {
  a.render.format = format;
  a.render.filter = a.relations.relation_filter();
  a.render.legend = !a.no_legend;
  a.render.article_url = [&articles](const std::string& id) { return articles.find(id).url; };
}

/// Writes the drawing (made first: no half-written file) and says what its budget left out.
int write_drawing(const RenderArgs& a, const std::string& drawing, const RenderSummary& summary) {
  report_budget(summary);
  Output out(a.output);
  out.stream() << drawing;
  out.finish();
  return a.inputs.failures ? kInputsFailed : kOk;
}

/// Draws part of a store's saved graph: the entities chosen and the edges among them, each
/// with the relations its tooltip quotes (all of them when a filter or --cluster counts them),
/// numbered as in the whole graph, so the picture is the one the whole graph gives.
int draw_saved(RenderArgs& a, const GraphSnapshot& snapshot, RenderFormat format) {
  std::vector<Vertex> chosen;
  if (!select_saved(snapshot, a, chosen)) return kNoAnswer;
  bool every_relation = !a.relations.relation_filter().empty() || !a.render.cluster.empty();
  SavedRegion region =
      saved_region(snapshot, chosen, every_relation ? kAllEvidence : kQuotedRelations);
  const GraphPart& part = *region.part;
  std::vector<Vertex> subset;
  for (Vertex v : chosen) subset.push_back(part.vertex_of(v));
  if (a.render.keep) a.render.keep = part.vertex_of(*a.render.keep);
  a.render.node_numbers = part.whole;
  ArticleIndex articles = part_articles(a.inputs.inputs[0], part.graph);
  prepare(a, format, articles);
  RenderSummary summary;
  std::string drawing = every_relation ? render(part.graph, a.render, subset, &summary)
                                       : render(region.aggregated, a.render, subset, &summary);
  return write_drawing(a, drawing, summary);
}

int run(RenderArgs& a) {
  bool html = wants_html(a);
  auto format = html ? RenderFormat::svg : format_of(a);
  if (!format) return kUsage;
  if (!html && drawn_by_entity(a))
    if (auto snapshot = saved_graph(a.inputs)) return draw_saved(a, *snapshot, *format);
  ArticleIndex articles;
  ClaimGraph graph = build_graph(a.inputs, [&](const ArticleExtraction& x) { articles.add(x); });
  Subset subset;
  if (!select(graph, a, subset)) return kNoAnswer;
  if (html) return write_html(a, graph, articles, std::move(subset));
  prepare(a, *format, articles);
  RenderSummary summary;
  std::string drawing = render(graph, a.render, subset, &summary);
  return write_drawing(a, drawing, summary);
}

}  // namespace

Runner setup_render(CLI::App& sub) {
  auto a = std::make_shared<RenderArgs>();
  add_graph_options(sub, a->inputs);
  sub.add_option("-o,--output", a->output, "Write the drawing here (default: standard output)");
  sub.add_option("--format", a->format,
                 "svg, dot, png, pdf, or html: the explorer with the subgraph's data as one file "
                 "(default: from the output name's extension, else svg)")
      ->check(CLI::IsMember({"svg", "dot", "gv", "png", "pdf", "html"}));
  a->render.max_nodes = kDefaultMaxNodes;
  sub.add_option("--max-nodes", a->render.max_nodes,
                 "Draw at most this many entities, those of most articles' relations; 0: all")
      ->capture_default_str();
  sub.add_option("--min-weight", a->render.min_weight,
                 "Leave out edges with fewer articles than this behind them")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  sub.add_flag("--all-entities", a->render.all_entities,
               "Also draw the entities no drawn edge touches");
  add_relation_filters(sub, a->relations);
  sub.add_option("--cluster", a->render.cluster,
                 "Group entities in boxes by the outlet or the article most of their relations "
                 "come from (laid out with dot)")
      ->check(CLI::IsMember({"outlet", "article"}));
  sub.add_option("--layout", a->render.layout, "Graphviz layout engine: dot, sfdp, neato, ...")
      ->check(
          CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi", "osage", "patchwork"}));
  sub.add_option("--focus", a->focus, "Draw only this entity and its neighbourhood");
  sub.add_option("--path", a->path, "Draw only the shortest path between these two entities")
      ->expected(2)
      ->allow_extra_args(false);
  sub.add_option("--neighbors", a->neighbors,
                 "Draw only this entity's ego network (as `neighbors` lists it)");
  sub.add_flag("--contested", a->contested, "Draw only the pairs `contested` lists");
  sub.add_option("--depth", a->depth, "Neighbourhood radius for --focus and --neighbors")
      ->check(CLI::Range(1, 10));
  sub.add_option("--title", a->render.title, "A title drawn above the graph");
  sub.add_flag("--no-legend", a->no_legend, "Leave out the legend");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
