#include "graph/serve/html_file.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

#include "graph/query/contested.h"
#include "graph/query/names.h"
#include "graph/serve/sha256.h"
#include "graph/serve/view_json.h"
#include "graph/serve/web_assets.h"

namespace claimgraph {

namespace {

using Vertex = ClaimGraph::Vertex;

/// An embedded file's text.
std::string asset(std::string_view name) {
  const WebAsset* found = find_web_asset(name);
  if (!found) throw std::runtime_error("the explorer's " + std::string(name) + " is not built in");
  return std::string(found->body);
}

/// Replaces the one occurrence of `from` in `page` with `to`.
void replace(std::string& page, const std::string& from, const std::string& to) {
  auto at = page.find(from);
  if (at == std::string::npos) throw std::runtime_error("web/index.html lacks " + from);
  page.replace(at, from.size(), to);
}

/// The entities kept: the subset (or all), at most max_nodes of them by relations, the centre
/// and the path's ends always.
std::unordered_set<Vertex> kept_entities(const ClaimGraph& graph, const HtmlFileOptions& o) {
  std::vector<Vertex> all;
  if (o.subset) all = *o.subset;
  for (Vertex v = 0; !o.subset && v < graph.entity_count(); ++v) all.push_back(v);
  if (o.max_nodes && all.size() > o.max_nodes) {
    std::stable_sort(all.begin(), all.end(),
                     [&](Vertex a, Vertex b) { return degree_of(graph, a) > degree_of(graph, b); });
    all.resize(o.max_nodes);
  }
  std::unordered_set<Vertex> out(all.begin(), all.end());
  if (o.center) out.insert(*o.center);
  if (o.path) out.insert({o.path->first, o.path->second});
  return out;
}

/// The view the file opens on: the centre's neighbourhood, the path, or the best connected of
/// the entities drawn (the first when several tie).
void start_view(JsonWriter& out, const ClaimGraph& graph, const HtmlFileOptions& o,
                const std::vector<Vertex>& nodes) {
  if (o.path) {
    out.begin_object().key("view").value("path");
    out.key("from").value(graph.entity(o.path->first).id);
    out.key("to").value(graph.entity(o.path->second).id).end_object();
    return;
  }
  if (!o.center && nodes.empty()) {
    out.null();
    return;
  }
  auto best = std::max_element(nodes.begin(), nodes.end(), [&](Vertex a, Vertex b) {
    return degree_of(graph, a) < degree_of(graph, b);
  });
  Vertex shown = o.center ? *o.center : *best;
  out.begin_object().key("view").value("neighbors");
  out.key("id").value(graph.entity(shown).id).end_object();
}

/// The data of the file: the kept entities, their edges with every quote, contested pairs.
std::string file_data(const ClaimGraph& graph, const ArticleIndex& articles,
                      const HtmlFileOptions& o) {
  std::unordered_set<Vertex> kept = kept_entities(graph, o);
  AggregateGraph aggregated = aggregate(graph, o.filter);
  JsonWriter edges;
  edges.begin_array();
  std::unordered_set<Vertex> touched;
  for (std::size_t e = 0; e < aggregated.edges.size(); ++e) {
    const AggregateEdge& edge = aggregated.edges[e];
    if (!kept.count(edge.source) || !kept.count(edge.target)) continue;
    edges.begin_object();
    edge_fields(edges, aggregated, e);
    edges.key("evidence").begin_array();
    for (auto r : edge.relations) evidence_json(edges, graph, articles, r);
    edges.end_array().end_object();
    touched.insert({edge.source, edge.target});
  }
  std::vector<Vertex> nodes;
  for (Vertex v = 0; v < graph.entity_count(); ++v)
    if (touched.count(v)) nodes.push_back(v);
  JsonWriter out;
  out.begin_object().key("nodes").begin_array();
  for (Vertex v : nodes) entity_brief(out, graph, v);
  out.end_array().key("edges").raw(edges.end_array().text()).key("contested").begin_array();
  for (const ContestedPair& pair : contested_pairs(aggregated))
    if (kept.count(pair.a) && kept.count(pair.b)) contested_brief(out, graph, pair);
  out.end_array().key("start");
  start_view(out, graph, o, nodes);
  return out.end_object().take();
}

/// JSON safe inside a <script> element: no "<" at all, so no "</script>" or "<!--".
std::string script_safe_json(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
  return out;
}

/// An inline script, and its hash for the policy.
std::string inline_script(const std::string& code, std::string& hashes) {
  if (code.find("</script") != std::string::npos)
    throw std::runtime_error("a script of the explorer holds </script");
  hashes += " 'sha256-" + sha256_base64(code) + "'";
  return "<script>" + code + "</script>";
}

}  // namespace

std::string explorer_html(const ClaimGraph& graph, const ArticleIndex& articles,
                          const HtmlFileOptions& options) {
  std::string page = asset("index.html"), scripts;
  std::string style = asset("app.css");
  for (const char* name :
       {"lib/graphology.umd.min.js", "lib/sigma.min.js", "canvas_renderer.js", "app.js"})
    replace(page, std::string("<script src=\"") + name + "\"></script>",
            inline_script(asset(name), scripts));
  replace(page, "<link rel=\"stylesheet\" href=\"app.css\">", "<style>" + style + "</style>");
  replace(page, "<script>",
          "<script id=\"claimgraph-data\" type=\"application/json\">" +
              script_safe_json(file_data(graph, articles, options)) + "</script>\n<script>");
  // The server's policy, but naming the inline code by hash: 'self' means nothing in a file.
  std::string policy = "default-src 'self'; script-src" + scripts + "; style-src 'sha256-" +
                       sha256_base64(style) +
                       "'; img-src 'self' data:; connect-src 'none'; object-src 'none'; "
                       "base-uri 'none'; form-action 'none'";
  replace(page, "<meta charset=\"utf-8\">",
          "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"" +
              policy + "\">");
  return page;
}

}  // namespace claimgraph
