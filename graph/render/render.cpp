#include "graph/render/render.h"

#include "graph/render/label_text.h"

// gvc.h defines many macros (MIN, MAX, TRUE...): it is included here only.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <memory>
#include <mutex>
#include <stdexcept>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
}

namespace claimgraph {

namespace {

lt_symlist_t kBuiltinPlugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {nullptr, nullptr}};

/// Graphviz is not thread-safe: one context, one lock, for the whole process.
std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

GVC_t* context() {
  static GVC_t* gvc = gvContextPlugins(kBuiltinPlugins, 0);
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

/// Owns a cgraph graph and, once laid out, its layout.
class GvGraph {
 public:
  explicit GvGraph(const std::string& name) : g_(agopen(cs(name), Agdirected, nullptr)) {
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

  void add_entities(const std::vector<ClaimGraph::Vertex>& vertices) {
    for (auto v : vertices) node_of_[v] = entity_node(v);
  }

  void add_relations() {
    const auto& g = graph_.graph();
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
      Agnode_t* a = node_of_[boost::source(*it, g)];
      Agnode_t* b = node_of_[boost::target(*it, g)];
      if (a && b) relation_edge(a, b, g[*it]);
    }
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
         {"color", "style", "arrowhead", "label", "tooltip", "penwidth", "fontcolor"})
      agattr(g_, AGEDGE, cs(a), cs(""));
  }

  Agnode_t* entity_node(ClaimGraph::Vertex v) {
    const EntityNode& e = graph_.entity(v);
    Agnode_t* n = agnode(g_, cs("n" + std::to_string(v)), 1);
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

  void relation_edge(Agnode_t* a, Agnode_t* b, const RelationEdge& r) {
    Agedge_t* e = agedge(g_, a, b, nullptr, 1);
    std::string label = style_of(r.kind).label;
    if (r.stance == Stance::hedged) label += " (hedged)";
    std::string tip = std::string(to_string(r.kind)) + ": \"" + r.evidence.text + "\"";
    if (!r.claimant.empty()) tip += "\nclaimed by: " + graph_.name_of(r.claimant);
    if (!r.outlet.empty()) tip += "\nvia: " + graph_.name_of(r.outlet);
    tip += "\nsource: " + r.evidence.article + " [" + std::to_string(r.evidence.span.start) + "-" +
           std::to_string(r.evidence.span.end) + ")";
    if (std::string p = publication(r); !p.empty()) tip += "\npublished: " + p;
    style_edge(e, r.kind, label, tip);
  }

  void style_edge(Agedge_t* e, RelationKind k, const std::string& label, const std::string& tip) {
    RelationStyle s = style_of(k);
    agset(e, cs("color"), cs(s.color));
    agset(e, cs("fontcolor"), cs(s.color));
    agset(e, cs("style"), cs(s.style));
    agset(e, cs("arrowhead"), cs(s.arrowhead));
    agset(e, cs("penwidth"), cs(s.penwidth));
    agset(e, cs("label"), cs(graphviz_text(label)));
    agset(e, cs("tooltip"), cs(graphviz_text(tip, options_.tooltip_chars)));
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

std::string write_svg(GvGraph& graph, const std::string& engine) {
  graph.layout(engine);
  char* buf = nullptr;
  unsigned int len = 0;
  int rc = gvRenderData(context(), graph.get(), "svg", &buf, &len);
  std::string out = rc == 0 && buf ? std::string(buf, len) : std::string();
  gvFreeRenderData(buf);
  if (rc != 0) throw std::runtime_error("Graphviz could not render SVG");
  return out;
}

}  // namespace

std::string render(const ClaimGraph& graph, const RenderOptions& options,
                   const std::optional<std::vector<ClaimGraph::Vertex>>& subset) {
  std::vector<ClaimGraph::Vertex> vertices;
  if (subset) {
    vertices = *subset;
  } else {
    for (ClaimGraph::Vertex v = 0; v < graph.entity_count(); ++v) vertices.push_back(v);
  }
  std::lock_guard<std::mutex> lock(graphviz_mutex());
  GvGraph gv("claimgraph");
  Drawing drawing(graph, options, gv.get());
  drawing.add_entities(vertices);
  drawing.add_relations();
  if (options.legend) drawing.add_legend();
  if (options.format == RenderFormat::dot) return write_dot(gv.get());
  std::string engine = options.layout;
  if (engine.empty()) engine = vertices.size() > kLargeGraph ? "sfdp" : "dot";
  return write_svg(gv, engine);
}

}  // namespace claimgraph
