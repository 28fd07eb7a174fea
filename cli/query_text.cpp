#include "cli/query_text.h"

#include "graph/io/terminal_text.h"

namespace claimgraph::cli {

namespace {

/// A name for the terminal, or "-" when there is none.
std::string or_dash(const std::string& s) { return s.empty() ? "-" : shown(s); }

/// The stances of an edge, comma-separated.
std::string stances(const AggregateEdge& edge) {
  std::string out;
  for (Stance s : edge.stances) out += (out.empty() ? "" : ", ") + std::string(to_string(s));
  return out;
}

/// An edge's first and last dates, one date when equal, "no date" when none.
std::string dates(const AggregateEdge& edge) {
  if (edge.first_date.empty()) return "no date";
  if (edge.first_date == edge.last_date) return edge.first_date;
  return edge.first_date + " to " + edge.last_date;
}

}  // namespace

std::string count(std::size_t n, const std::string& noun) {
  if (n == 1) return "1 " + noun;
  bool y = noun.ends_with("y");  // "entity", "party": "entities", "parties"
  return std::to_string(n) + " " + (y ? noun.substr(0, noun.size() - 1) + "ies" : noun + "s");
}

std::string shown(const std::string& name) { return terminal_safe(name); }

void print_relation(const ClaimGraph& graph, ClaimGraph::Edge e, std::ostream& out) {
  const auto& g = graph.graph();
  const RelationEdge& r = graph.relation(e);
  out << "     " << shown(graph.entity(boost::source(e, g)).name) << " --" << to_string(r.kind)
      << (r.kind == RelationKind::contact ? "-- " : "-> ")
      << shown(graph.entity(boost::target(e, g)).name);
  if (r.stance != Stance::asserted) out << " (" << to_string(r.stance) << ")";
  out << "\n       evidence: " << shown(r.evidence.article)
      << (publication(r).empty() ? "" : " (" + shown(publication(r)) + ")") << " ["
      << r.evidence.span.start << ", " << r.evidence.span.end << "): \"" << shown(r.evidence.text)
      << "\"\n"
      << "       cue: \"" << shown(r.evidence.cue_text)
      << "\"  claimed by: " << or_dash(graph.name_of(r.claimant))
      << "  via outlet: " << or_dash(graph.name_of(r.outlet)) << "  confidence: " << r.confidence
      << "\n";
}

std::string right(const std::string& text, std::size_t width) {
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string edge_line(const AggregateGraph& graph, std::size_t e,
                      std::optional<ClaimGraph::Vertex> from) {
  const AggregateEdge& edge = graph.edges[e];
  const ClaimGraph& g = *graph.graph;
  bool contact = edge.kind == RelationKind::contact;
  bool turned = contact && from && edge.target == *from;
  auto [a, b] = turned ? std::pair(edge.target, edge.source) : std::pair(edge.source, edge.target);
  return std::string(to_string(edge.kind)) + ": " + shown(g.entity(a).name) +
         (contact ? " -- " : " -> ") + shown(g.entity(b).name) + "  " +
         count(edge.support.articles, "article") + ", " + count(edge.support.outlets, "outlet") +
         ", " + count(edge.support.claimants, "claimant") + "; " + stances(edge) + "; " +
         dates(edge);
}

void print_relations(const ClaimGraph& graph, std::span<const ClaimGraph::Edge> relations,
                     std::size_t total, std::size_t limit, std::ostream& out) {
  std::size_t shown_here = std::min(limit, relations.size());
  for (std::size_t i = 0; i < shown_here; ++i) print_relation(graph, relations[i], out);
  if (total > shown_here)
    out << "     ... " << count(total - shown_here, "more relation")
        << " (--evidence-limit 0 lists them all)\n";
}

void print_path(const AggregateGraph& graph, const Path& path, std::size_t limit,
                std::ostream& out) {
  const ClaimGraph& g = *graph.graph;
  for (std::size_t i = 0; i < path.hops.size(); ++i) {
    const PathHop& hop = path.hops[i];
    out << "\n"
        << i + 1 << ". " << shown(g.entity(hop.from).name) << " -- " << shown(g.entity(hop.to).name)
        << "\n";
    for (std::size_t e : hop.edges) {
      out << "   " << edge_line(graph, e, hop.from) << "\n";
      const AggregateEdge& edge = graph.edges[e];
      print_relations(g, edge.relations, edge.relation_count(), limit, out);
    }
  }
}

}  // namespace claimgraph::cli
