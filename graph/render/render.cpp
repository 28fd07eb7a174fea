#include "graph/render/render.h"

#include "graph/io/xml_text.h"
#include "graph/query/aggregate.h"
#include "graph/render/label_text.h"

// gvc.h defines many macros (MIN, MAX, TRUE...): it is included here only.
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>

#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
}

namespace claimgraph {

namespace {

/// The Graphviz plugin library `symbol` of the shared object at `path`, opened on first use
/// rather than linked: the text layout and cairo renderers (PNG, PDF) and the neato layouts bring
/// pango, cairo, fontconfig, glib, gts and some 25 more libraries, whose loading cost every
/// command about 15 ms at start. Throws naming the plugin when it cannot be opened.
gvplugin_library_t* opened_plugin(const char* path, const char* symbol) {
  void* library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  void* plugin = library ? dlsym(library, symbol) : nullptr;
  if (!plugin) {
    const char* why = dlerror();
    throw std::runtime_error(std::string("cannot open the Graphviz plugin ") + path + ": " +
                             (why ? why : symbol));
  }
  return static_cast<gvplugin_library_t*>(plugin);
}

/// Graphviz is not thread-safe: one context, one lock, for the whole process.
std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

GVC_t* context() {
  static GVC_t* gvc = [] {
    static lt_symlist_t plugins[] = {
        {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
        {"gvplugin_neato_layout_LTX_library",
         opened_plugin(CLAIMGRAPH_GVPLUGIN_NEATO, "gvplugin_neato_layout_LTX_library")},
        {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
        {"gvplugin_pango_LTX_library",
         opened_plugin(CLAIMGRAPH_GVPLUGIN_PANGO, "gvplugin_pango_LTX_library")},
        {nullptr, nullptr}};
    return gvContextPlugins(plugins, 0);
  }();
  return gvc;
}

/// cgraph takes char* but copies every string it is given.
char* cs(const char* s) { return const_cast<char*>(s); }
char* cs(const std::string& s) { return const_cast<char*>(s.c_str()); }

struct KindStyle {
  const char* shape;
  const char* fill;
  const char* style;
};

KindStyle style_of(EntityKind k) {
  switch (k) {
    case EntityKind::person:
      return {"ellipse", "#fde9c9", "filled"};
    case EntityKind::campaign:
      return {"box", "#cfe3f7", "filled,rounded"};
    case EntityKind::government:
      return {"house", "#d9ead3", "filled"};
    case EntityKind::outlet:
      return {"note", "#ead1dc", "filled"};
    case EntityKind::organization:
      return {"box", "#e6e6e6", "filled"};
    case EntityKind::group:
      return {"ellipse", "#ffffff", "dashed"};
  }
  return {"box", "#ffffff", "filled"};
}

struct RelationStyle {
  const char* color;
  const char* style;
  const char* arrowhead;
  const char* label;
  const char* penwidth;
};

RelationStyle style_of(RelationKind k) {
  switch (k) {
    case RelationKind::contact:
      return {"#1f4e79", "solid", "none", "contact", "1.6"};
    case RelationKind::denial:
      return {"#c00000", "bold,dashed", "tee", "DENIES", "2.4"};
    case RelationKind::reported_by:
      return {"#7f7f7f", "dotted", "normal", "reported by", "1.0"};
    case RelationKind::affiliation:
      return {"#548235", "solid", "odiamond", "member of", "1.0"};
  }
  return {"black", "solid", "normal", "", "1"};
}

/// Entity and relation counts up to which dot's layered layout is used.
constexpr std::size_t kLayeredEntities = 80;
constexpr std::size_t kLayeredEdges = 160;

/// Text for a Graphviz HTML-like label: XML text, cut to 400 bytes (a cut character shows
/// as U+FFFD).
std::string html_text(const std::string& text) { return xml_text(text.substr(0, 400)); }

/// A relation kind as the legend table writes it: its line drawn in characters and its label.
std::string relation_sample(RelationKind k) {
  switch (k) {
    case RelationKind::contact:
      return "&#8212;&#8212; contact";
    case RelationKind::denial:
      return "- - DENIES";
    case RelationKind::reported_by:
      return "&#183;&#183;&#183;&gt; reported by";
    case RelationKind::affiliation:
      return "&#8212;&#9671; member of";
  }
  return "";
}

/// Graph ids numbered in the order the graphs are named. cgraph keeps subgraphs in id order
/// and writes and lays them out so; its own id for a name is the address of its copy of the
/// name, which put the boxes of --cluster in an order the heap's history chose. Nodes and
/// edges, kept in the order made, keep cgraph's ids.
struct SequentialGraphIds {
  Agraph_t* root = nullptr;             ///< the state cgraph's own discipline keeps
  std::map<std::string, IDTYPE> id_of;  ///< graph names to their ids: 2, 4, 6...
  /// The name of id 2 * (i + 1), in cgraph's string pool: its writer looks there to tell an
  /// HTML-like name from a plain one.
  std::vector<char*> names;

  static void* open(Agraph_t* g, Agdisc_t* disc) {
    auto* ids = new SequentialGraphIds;
    ids->root = static_cast<Agraph_t*>(AgIdDisc.open(g, disc));
    return ids;
  }
  static SequentialGraphIds& of(void* state) { return *static_cast<SequentialGraphIds*>(state); }
  /// Anonymous graphs keep cgraph's odd ids, which never meet these even ones.
  static long map(void* state, int type, char* name, IDTYPE* id, int create) {
    auto& ids = of(state);
    if (type != AGRAPH || !name) return AgIdDisc.map(ids.root, type, name, id, create);
    auto it = ids.id_of.find(name);
    if (it == ids.id_of.end()) {
      if (!create) return 0;
      ids.names.push_back(agstrdup(ids.root, name));
      it = ids.id_of.emplace(name, 2 * ids.names.size()).first;
    }
    *id = it->second;
    return 1;
  }
  static long alloc(void* state, int type, IDTYPE id) {
    return AgIdDisc.alloc(of(state).root, type, id);
  }
  static void free(void* state, int type, IDTYPE id) {
    if (type != AGRAPH) AgIdDisc.free(of(state).root, type, id);
  }
  static char* print(void* state, int type, IDTYPE id) {
    auto& ids = of(state);
    if (type != AGRAPH) return AgIdDisc.print(ids.root, type, id);
    bool named = id % 2 == 0 && id / 2 >= 1 && id / 2 <= ids.names.size();
    return named ? ids.names[id / 2 - 1] : nullptr;
  }
  static void close(void* state) {
    for (char* name : of(state).names) agstrfree(of(state).root, name);
    AgIdDisc.close(of(state).root);
    delete &of(state);
  }
  static void remember(void* state, int type, void* object) {
    AgIdDisc.idregister(of(state).root, type, object);
  }
};

Agiddisc_t kSequentialGraphIds = {SequentialGraphIds::open,    SequentialGraphIds::map,
                                  SequentialGraphIds::alloc,   SequentialGraphIds::free,
                                  SequentialGraphIds::print,   SequentialGraphIds::close,
                                  SequentialGraphIds::remember};
Agdisc_t kDiscipline = {&AgMemDisc, &kSequentialGraphIds, &AgIoDisc};

/// Owns a cgraph graph and, once laid out, its layout.
class GvGraph {
 public:
  explicit GvGraph(const std::string& name) : g_(agopen(cs(name), Agdirected, &kDiscipline)) {
    if (!g_) throw std::runtime_error("Graphviz could not create a graph");
  }
  ~GvGraph() {
    if (laid_out_) gvFreeLayout(context(), g_);
    agclose(g_);
  }
  GvGraph(const GvGraph&) = delete;
  GvGraph& operator=(const GvGraph&) = delete;

  Agraph_t* get() const { return g_; }
  void layout(const std::string& engine) {
    if (gvLayout(context(), g_, engine.c_str()) != 0)
      throw std::runtime_error("Graphviz layout '" + engine + "' failed");
    laid_out_ = true;
  }

 private:
  Agraph_t* g_;
  bool laid_out_ = false;
};

class Drawing {
 public:
  Drawing(const ClaimGraph& graph, const RenderOptions& options, Agraph_t* g)
      : graph_(graph), options_(options), g_(g), node_of_(graph.entity_count(), nullptr) {
    declare_attributes();
  }

  /// Draws the entities, each inside the box of its group when it has one.
  void add_entities(const std::vector<ClaimGraph::Vertex>& vertices,
                    const std::vector<std::string>& groups) {
    std::map<std::string, Agraph_t*> boxes;
    for (std::size_t i = 0; i < vertices.size(); ++i) {
      Agnode_t* n = node_of_[vertices[i]] = entity_node(vertices[i]);
      if (groups.empty() || groups[i].empty()) continue;
      auto [box, added] = boxes.try_emplace(groups[i], nullptr);
      if (added) box->second = group_box(groups[i], boxes.size());
      agsubnode(box->second, n, 1);
    }
  }

  /// A labelled box ("cluster_3") for one group.
  Agraph_t* group_box(const std::string& label, std::size_t number) {
    Agraph_t* box = agsubg(g_, cs("cluster_" + std::to_string(number)), 1);
    agsafeset(box, cs("label"), cs(graphviz_text(label, 80)), cs(""));
    agsafeset(box, cs("style"), cs("rounded,dashed"), cs(""));
    return box;
  }

  /// Draws each chosen aggregated edge between two drawn entities.
  void add_edges(const AggregateGraph& aggregated, const std::vector<std::size_t>& edges) {
    for (std::size_t e : edges) {
      const AggregateEdge& edge = aggregated.edges[e];
      aggregate_edge(node_of_[edge.source], node_of_[edge.target], edge);
    }
  }

  /// The legend as a table under the title, for layouts that would scatter a cluster: the
  /// kinds in their colours, the relations in theirs.
  void add_legend_label() {
    std::string table = "<table border=\"0\" cellspacing=\"4\">";
    if (!options_.title.empty())
      table += "<tr><td colspan=\"6\">" + html_text(options_.title) + "</td></tr>";
    table += "<tr>";
    for (EntityKind k : kAllEntityKinds)
      table += "<td border=\"1\" bgcolor=\"" + std::string(style_of(k).fill) + "\">" +
               std::string(to_string(k)) + "</td>";
    table += "</tr><tr>";
    for (RelationKind k : kAllRelationKinds)
      table += "<td><font color=\"" + std::string(style_of(k).color) + "\">" + relation_sample(k) +
               "</font></td>";
    table += "</tr></table>";
    // cgraph keeps a label HTML only when its string was made as one.
    char* html = agstrdup_html(g_, cs(table));
    agset(g_, cs("label"), html);
    agstrfree(g_, html);
  }

  /// Force layouts: nodes moved apart until none overlap, with a margin for the labels.
  void spread_out() {
    agsafeset(g_, cs("overlap"), cs("prism"), cs(""));
    agsafeset(g_, cs("sep"), cs("+6"), cs(""));
  }

  /// Caps a PNG at 40 inches a side (3,840 pixels at 96 dpi): a big layout otherwise makes an
  /// image of hundreds of megabytes.
  void limit_size() {
    agsafeset(g_, cs("size"), cs("40,40"), cs(""));
    agsafeset(g_, cs("dpi"), cs("96"), cs(""));
  }

  void add_legend() {
    Agraph_t* legend = agsubg(g_, cs("cluster_legend"), 1);
    agsafeset(legend, cs("label"), cs("Legend"), cs(""));
    agsafeset(legend, cs("style"), cs("rounded"), cs(""));
    Agnode_t* previous = nullptr;
    for (EntityKind k : kAllEntityKinds) {
      std::string name = "legend_" + std::string(to_string(k));
      Agnode_t* n = agnode(legend, cs(name), 1);
      style_node(n, k, std::string(to_string(k)), "entity kind: " + std::string(to_string(k)));
      if (previous)
        agsafeset(agedge(legend, previous, n, nullptr, 1), cs("style"), cs("invis"), cs(""));
      previous = n;
    }
    for (RelationKind k : kAllRelationKinds) {
      std::string base = "legend_" + std::string(to_string(k));
      Agnode_t* a = legend_point(legend, base + "_a");
      Agnode_t* b = legend_point(legend, base + "_b");
      Agedge_t* e = agedge(legend, a, b, nullptr, 1);
      style_edge(e, k, std::string(style_of(k).label),
                 "relation kind: " + std::string(to_string(k)));
    }
  }

 private:
  void declare_attributes() {
    agattr(g_, AGRAPH, cs("rankdir"), cs("LR"));
    agattr(g_, AGRAPH, cs("fontname"), cs("Helvetica"));
    agattr(g_, AGRAPH, cs("label"), cs(graphviz_text(options_.title)));
    agattr(g_, AGRAPH, cs("labelloc"), cs("t"));
    agattr(g_, AGRAPH, cs("overlap"), cs("false"));
    agattr(g_, AGNODE, cs("fontname"), cs("Helvetica"));
    agattr(g_, AGEDGE, cs("fontname"), cs("Helvetica"));
    agattr(g_, AGEDGE, cs("fontsize"), cs("10"));
    for (const char* a : {"shape", "style", "fillcolor", "label", "tooltip", "width", "height"})
      agattr(g_, AGNODE, cs(a), cs(""));
    for (const char* a :
         {"color", "style", "arrowhead", "label", "tooltip", "penwidth", "fontcolor", "URL"})
      agattr(g_, AGEDGE, cs(a), cs(""));
  }

  Agnode_t* entity_node(ClaimGraph::Vertex v) {
    const EntityNode& e = graph_.entity(v);
    auto number = options_.node_numbers.empty() ? v : options_.node_numbers.at(v);
    Agnode_t* n = agnode(g_, cs("n" + std::to_string(number)), 1);
    std::string tip = e.name + " (" + std::string(to_string(e.kind)) + ")";
    if (!e.aliases.empty()) {
      tip += "\nalso: ";
      for (std::size_t i = 0; i < e.aliases.size(); ++i) tip += (i ? ", " : "") + e.aliases[i];
    }
    tip += "\nin " + std::to_string(e.articles.size()) + " article(s), " +
           std::to_string(e.mentions) + " mention(s)";
    style_node(n, e.kind, e.name, tip);
    return n;
  }

  void style_node(Agnode_t* n, EntityKind k, const std::string& label, const std::string& tip) {
    KindStyle s = style_of(k);
    agset(n, cs("shape"), cs(s.shape));
    agset(n, cs("style"), cs(s.style));
    agset(n, cs("fillcolor"), cs(s.fill));
    agset(n, cs("label"), cs(graphviz_text(label, 80)));
    agset(n, cs("tooltip"), cs(graphviz_text(tip, options_.tooltip_chars)));
  }

  Agnode_t* legend_point(Agraph_t* legend, const std::string& name) {
    Agnode_t* n = agnode(legend, cs(name), 1);
    agset(n, cs("shape"), cs("point"));
    agset(n, cs("width"), cs("0.05"));
    agset(n, cs("label"), cs(""));
    return n;
  }

  /// One edge for the relations of a pair and kind: "contact ×3", wider with more articles;
  /// its tooltip quotes the first few, and it links to the first one's article.
  void aggregate_edge(Agnode_t* a, Agnode_t* b, const AggregateEdge& edge) {
    Agedge_t* e = agedge(g_, a, b, nullptr, 1);
    std::size_t articles = edge.support.articles;
    std::string label = style_of(edge.kind).label;
    if (articles > 1) label += " \u00d7" + std::to_string(articles);
    style_edge(e, edge.kind, label, edge_tooltip(edge), 3 * options_.tooltip_chars);
    double width = std::atof(style_of(edge.kind).penwidth) * (1.0 + std::log2(double(articles)));
    agset(e, cs("penwidth"), cs(std::to_string(std::min(width, 8.0))));
    if (options_.article_url) {
      const RelationEdge& first = graph_.graph()[edge.relations.front()];
      std::string url = options_.article_url(first.evidence.article);
      if (is_web_address(url)) agset(e, cs("URL"), cs(graphviz_text(url, 2000)));
    }
  }

  /// The kind, the support and up to three quotes with who claimed them and where.
  std::string edge_tooltip(const AggregateEdge& edge) const {
    const Support& s = edge.support;
    std::string tip = std::string(to_string(edge.kind)) + ": " + count(s.articles, "article") +
                      ", " + count(s.outlets, "outlet") + ", " + count(s.claimants, "claimant");
    if (!edge.first_date.empty())
      tip += edge.first_date == edge.last_date ? ", " + edge.first_date
                                               : ", " + edge.first_date + " to " + edge.last_date;
    const auto& g = graph_.graph();
    std::size_t shown = std::min(edge.relations.size(), kQuotedRelations);
    for (std::size_t i = 0; i < shown; ++i) tip += "\n" + quote(g[edge.relations[i]]);
    if (edge.relation_count() > shown)
      tip += "\n... " + count(edge.relation_count() - shown, "more relation");
    return tip;
  }

  /// The quote, then who claimed it, the outlet, the source span and the publication.
  std::string quote(const RelationEdge& r) const {
    std::string out = "\"" + r.evidence.text.substr(0, options_.tooltip_chars / 3) + "\"";
    if (!r.claimant.empty()) out += "\n  claimed by: " + graph_.name_of(r.claimant);
    if (!r.outlet.empty()) out += "\n  via: " + graph_.name_of(r.outlet);
    out += "\n  source: " + r.evidence.article + " [" + std::to_string(r.evidence.span.start) +
           "-" + std::to_string(r.evidence.span.end) + ")";
    if (std::string p = publication(r); !p.empty()) out += "\n  published: " + p;
    return out;
  }

  /// "1 article", "3 articles".
  static std::string count(std::size_t n, const std::string& noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
  }

  /// Only web addresses become links: never "javascript:" or a local file.
  static bool is_web_address(const std::string& url) {
    return url.starts_with("https://") || url.starts_with("http://");
  }

  void style_edge(Agedge_t* e, RelationKind k, const std::string& label, const std::string& tip,
                  std::size_t tip_chars = 400) {
    RelationStyle s = style_of(k);
    agset(e, cs("color"), cs(s.color));
    agset(e, cs("fontcolor"), cs(s.color));
    agset(e, cs("style"), cs(s.style));
    agset(e, cs("arrowhead"), cs(s.arrowhead));
    agset(e, cs("penwidth"), cs(s.penwidth));
    agset(e, cs("label"), cs(graphviz_text(label)));
    agset(e, cs("tooltip"), cs(graphviz_text(tip, tip_chars)));
  }

  const ClaimGraph& graph_;
  const RenderOptions& options_;
  Agraph_t* g_;
  std::vector<Agnode_t*> node_of_;
};

std::string write_dot(Agraph_t* g) {
  char* buf = nullptr;
  std::size_t len = 0;
  FILE* f = open_memstream(&buf, &len);
  if (!f) throw std::runtime_error("cannot open a memory stream for DOT output");
  int rc = agwrite(g, f);
  std::fclose(f);
  std::unique_ptr<char, decltype(&std::free)> guard(buf, &std::free);
  if (rc != 0) throw std::runtime_error("Graphviz could not write DOT");
  return std::string(buf, len);
}

/// The Graphviz renderer of a laid-out format: "svg", "png" (cairo) or "pdf" (cairo).
const char* renderer_of(RenderFormat format) {
  switch (format) {
    case RenderFormat::png:
      return "png:cairo";
    case RenderFormat::pdf:
      return "pdf:cairo";
    default:
      return "svg";
  }
}

/// cairo stamps a PDF with the second it was drawn ("/CreationDate (D:20261206163417Z)"): its
/// digits become the epoch's, as many, so the file's offsets hold and a picture of the same graph
/// is the same bytes whenever it is drawn.
void set_epoch_creation_date(std::string& pdf) {
  constexpr std::string_view key = "/CreationDate (D:", epoch = "19700101000000";
  std::size_t at = pdf.find(key);
  if (at == std::string::npos) return;
  at += key.size();
  std::size_t digits = 0;
  while (digits < epoch.size() && at + digits < pdf.size() && pdf[at + digits] >= '0' &&
         pdf[at + digits] <= '9')
    ++digits;
  pdf.replace(at, digits, epoch.substr(0, digits));
}

std::string write_laid_out(GvGraph& graph, const std::string& engine, RenderFormat format) {
  graph.layout(engine);
  char* buf = nullptr;
  unsigned int len = 0;
  int rc = gvRenderData(context(), graph.get(), renderer_of(format), &buf, &len);
  std::string out = rc == 0 && buf ? std::string(buf, len) : std::string();
  gvFreeRenderData(buf);
  if (rc != 0 || out.empty())
    throw std::runtime_error(std::string("Graphviz could not render ") + renderer_of(format));
  if (format == RenderFormat::pdf) set_epoch_creation_date(out);
  return out;
}

/// What a picture draws: its entities and the aggregated edges among them.
struct Selection {
  std::vector<ClaimGraph::Vertex> entities;
  std::vector<std::size_t> edges;
  std::size_t candidates = 0;
};

/// Chooses the entities and edges to draw: the edges of `min_weight` articles or more among
/// the entities asked for; those entities that such an edge touches (or all of them); beyond
/// the budget, the `max_nodes` whose edges have the most articles, `keep` first.
Selection choose(const ClaimGraph& graph, const AggregateGraph& aggregated,
                 const RenderOptions& options,
                 const std::optional<std::vector<ClaimGraph::Vertex>>& subset) {
  std::size_t n = graph.entity_count();
  std::vector<bool> asked(n, !subset);
  if (subset)
    for (auto v : *subset) asked[v] = true;
  std::vector<std::size_t> weight(n, 0);
  for (const AggregateEdge& e : aggregated.edges)
    if (asked[e.source] && asked[e.target] && e.support.articles >= options.min_weight) {
      weight[e.source] += e.support.articles;
      if (e.target != e.source) weight[e.target] += e.support.articles;
    }
  Selection out;
  for (ClaimGraph::Vertex v = 0; v < n; ++v)
    if (asked[v] && (weight[v] > 0 || options.all_entities || v == options.keep))
      out.entities.push_back(v);
  out.candidates = out.entities.size();
  if (options.max_nodes && out.entities.size() > options.max_nodes) {
    auto heavier = [&](ClaimGraph::Vertex a, ClaimGraph::Vertex b) {
      bool ka = a == options.keep, kb = b == options.keep;
      return ka != kb ? ka : weight[a] != weight[b] ? weight[a] > weight[b] : a < b;
    };
    std::partial_sort(out.entities.begin(), out.entities.begin() + options.max_nodes,
                      out.entities.end(), heavier);
    out.entities.resize(options.max_nodes);
    std::sort(out.entities.begin(), out.entities.end());
  }
  std::vector<bool> drawn(n, false);
  for (auto v : out.entities) drawn[v] = true;
  std::vector<bool> touched(n, false);
  for (std::size_t e = 0; e < aggregated.edges.size(); ++e) {
    const AggregateEdge& edge = aggregated.edges[e];
    if (!drawn[edge.source] || !drawn[edge.target] || edge.support.articles < options.min_weight)
      continue;
    out.edges.push_back(e);
    touched[edge.source] = touched[edge.target] = true;
  }
  // The budget cut some entities off from every other drawn one: alone they say nothing.
  if (!options.all_entities)
    std::erase_if(out.entities, [&](auto v) { return !touched[v] && v != options.keep; });
  return out;
}

/// The layout engine: the one asked for; else dot's layers for small, sparse pictures, whose
/// crossing minimisation grows fast with the edges, and sfdp's forces for the others.
std::string engine_of(const RenderOptions& options, const Selection& chosen) {
  if (!options.layout.empty()) return options.layout;
  if (!options.cluster.empty()) return "dot";  // the force layouts ignore boxes
  bool small = chosen.entities.size() <= kLayeredEntities && chosen.edges.size() <= kLayeredEdges;
  return small ? "dot" : "sfdp";
}

/// The group a relation puts its entities in: its article's publisher (else the outlet its
/// text names) or its article.
std::string group_key(const ClaimGraph& graph, const RelationEdge& r, const std::string& mode) {
  if (mode == "article") return r.evidence.article;
  if (!r.article_outlet.empty()) return r.article_outlet;
  return r.outlet.empty() ? "" : graph.name_of(r.outlet);
}

/// Per drawn entity, the group most of its drawn relations put it in (the first in name order
/// on a tie); empty strings when no grouping is asked for.
std::vector<std::string> groups_of(const ClaimGraph& graph, const AggregateGraph& aggregated,
                                   const Selection& chosen, const std::string& mode) {
  if (mode.empty()) return {};
  std::map<ClaimGraph::Vertex, std::map<std::string, std::size_t>> votes;
  for (std::size_t e : chosen.edges)
    for (ClaimGraph::Edge r : aggregated.edges[e].relations) {
      std::string key = group_key(graph, graph.relation(r), mode);
      if (key.empty()) continue;
      ++votes[aggregated.edges[e].source][key];
      ++votes[aggregated.edges[e].target][key];
    }
  std::vector<std::string> out;
  for (auto v : chosen.entities) {
    std::string best;
    std::size_t most = 0;
    for (const auto& [key, n] : votes[v])
      if (n > most) most = n, best = key;
    out.push_back(best);
  }
  return out;
}

/// The title, with what the budget left out: "showing 150 of 2,471 entities ...".
std::string title_of(const RenderOptions& options, const Selection& chosen) {
  if (chosen.entities.size() >= chosen.candidates) return options.title;
  std::string note = "showing the " + std::to_string(chosen.entities.size()) + " of " +
                     std::to_string(chosen.candidates) +
                     " entities with the most articles' relations; --max-nodes, --min-weight, "
                     "--focus/--depth, --outlet and --since/--until choose others";
  return options.title.empty() ? note : options.title + "\n" + note;
}

}  // namespace

std::optional<RenderFormat> parse_render_format(std::string_view name) {
  if (name == "svg") return RenderFormat::svg;
  if (name == "dot" || name == "gv") return RenderFormat::dot;
  if (name == "png") return RenderFormat::png;
  if (name == "pdf") return RenderFormat::pdf;
  return std::nullopt;
}

std::string render(const ClaimGraph& graph, const RenderOptions& options,
                   const std::optional<std::vector<ClaimGraph::Vertex>>& subset,
                   RenderSummary* summary) {
  return render(aggregate(graph, options.filter), options, subset, summary);
}

std::string render(const AggregateGraph& aggregated, const RenderOptions& options,
                   const std::optional<std::vector<ClaimGraph::Vertex>>& subset,
                   RenderSummary* summary) {
  const ClaimGraph& graph = *aggregated.graph;
  Selection chosen = choose(graph, aggregated, options, subset);
  RenderOptions titled = options;
  titled.title = title_of(options, chosen);
  std::lock_guard<std::mutex> lock(graphviz_mutex());
  GvGraph gv("claimgraph");
  Drawing drawing(graph, titled, gv.get());
  drawing.add_entities(chosen.entities, groups_of(graph, aggregated, chosen, options.cluster));
  drawing.add_edges(aggregated, chosen.edges);
  std::string engine = engine_of(options, chosen);
  // A cluster keeps the legend together in dot's layers; force layouts scatter clusters.
  if (options.legend && engine == "dot") drawing.add_legend();
  if (options.legend && engine != "dot") drawing.add_legend_label();
  if (engine != "dot") drawing.spread_out();
  if (options.format == RenderFormat::png) drawing.limit_size();
  if (summary) {
    *summary = {chosen.entities.size(), chosen.candidates, chosen.edges.size(), 0};
    for (std::size_t e : chosen.edges) summary->relations += aggregated.edges[e].relation_count();
  }
  if (options.format == RenderFormat::dot) return write_dot(gv.get());
  return write_laid_out(gv, engine, options.format);
}

std::string graphviz_version() { return PACKAGE_VERSION; }

}  // namespace claimgraph
