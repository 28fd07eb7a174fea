// The saved graph: it reads back whole, stale or damaged files are refused without reading
// outside them, and searches over it answer exactly as over the whole graph.

#include "graph/query/snapshot.h"

#include <doctest/doctest.h>

#include <array>
#include <fstream>
#include <map>
#include <memory>
#include <numeric>
#include <random>
#include <sstream>

#include "graph/query/saved_queries.h"
#include "query_fixture.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

using Vertex = ClaimGraph::Vertex;

/// A random graph of every relation kind and stance, with claimants and anonymous sources,
/// outlets and dates, in several components.
ClaimGraph mixed_graph(unsigned seed) {
  std::mt19937 rng(seed);
  const RelationKind kinds[] = {kContact, kContact, kDenial, RelationKind::reported_by,
                                RelationKind::affiliation};
  const Stance stances[] = {Stance::asserted, Stance::hedged, Stance::denied};
  const char* outlets[] = {"Herald", "Sentinel", "Post", ""};
  std::vector<Art> arts;
  for (int i = 0; i < 60; ++i) {
    Art art{
        "a" + std::to_string(i), outlets[rng() % 4], "2024-0" + std::to_string(1 + rng() % 9), {}};
    for (int r = 0; r < 3; ++r) {
      // Two clusters of names, so some pairs are in different components.
      std::string base = i % 5 == 0 ? "Z" : "Q";
      std::string a = base + std::to_string(rng() % 12), b = base + std::to_string(rng() % 12);
      if (a == b) continue;
      std::string claimant = rng() % 3 == 0 ? "officials"
                             : rng() % 2    ? "C" + std::to_string(rng() % 4)
                                            : "";
      art.relations.push_back({kinds[rng() % 5], a, b, claimant, stances[rng() % 3]});
    }
    arts.push_back(art);
  }
  return fixture_graph(arts);
}

/// The first `limit` relations of a list in their quotes, then how many there are in all.
std::string evidence_text(const ClaimGraph& g, const std::vector<ClaimGraph::Edge>& relations,
                          std::size_t total, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < relations.size() && i < limit; ++i)
    out += " <" + g.relation(relations[i]).evidence.text + ">";
  return out + " of " + std::to_string(total);
}

/// An edge's counts, stances, dates and first `limit` relations.
std::string edge_text(const AggregateGraph& ag, std::size_t e, std::size_t limit) {
  const AggregateEdge& edge = ag.edges[e];
  std::string out = std::to_string(edge.support.outlets) + "/" +
                    std::to_string(edge.support.claimants) + " " + edge.first_date + ".." +
                    edge.last_date;
  for (Stance s : edge.stances) out += " " + std::string(to_string(s));
  return out + evidence_text(*ag.graph, edge.relations, edge.relation_count(), limit);
}

/// A path result in names, kinds and support, whichever graph it is over.
std::string describe(const AggregateGraph& ag, const PathResult& result,
                     std::size_t limit = kAllEvidence) {
  const ClaimGraph& g = *ag.graph;
  std::ostringstream out;
  for (const Path& p : result.paths) {
    out << p.cost << ":";
    for (const PathHop& hop : p.hops) {
      out << " " << g.entity(hop.from).name << ">" << g.entity(hop.to).name << "[";
      for (std::size_t e : hop.edges) {
        const AggregateEdge& edge = ag.edges[e];
        out << to_string(edge.kind) << " " << g.entity(edge.source).name << "-"
            << g.entity(edge.target).name << " " << edge.support.articles << "/"
            << edge.relation_count() << " " << edge_text(ag, e, limit) << ";";
      }
      out << "]";
    }
    out << "\n";
  }
  return out.str() + (result.capped ? "capped" : "");
}

/// An ego network in names, depths and edges.
std::string describe(const AggregateGraph& ag, const EgoNetwork& ego,
                     std::size_t limit = kAllEvidence) {
  const ClaimGraph& g = *ag.graph;
  std::ostringstream out;
  for (std::size_t i = 0; i < ego.entities.size(); ++i)
    out << g.entity(ego.entities[i]).name << ":" << ego.depth[i] << " ";
  for (std::size_t e : ego.edges)
    out << "\n"
        << to_string(ag.edges[e].kind) << " " << g.entity(ag.edges[e].source).name << " "
        << g.entity(ag.edges[e].target).name << " " << edge_text(ag, e, limit);
  return out.str();
}

/// Contested pairs and thin claims in names.
std::string describe(const AggregateGraph& ag, const std::vector<ContestedPair>& pairs,
                     const std::vector<ThinClaim>& thin, std::size_t limit = kAllEvidence) {
  const ClaimGraph& g = *ag.graph;
  std::ostringstream out;
  for (const ContestedPair& p : pairs) {
    out << g.entity(p.a).name << "|" << g.entity(p.b).name << " " << p.report_articles << "/"
        << p.denial_articles << evidence_text(g, p.reports, p.report_count, limit)
        << evidence_text(g, p.denials, p.denial_count, limit);
    for (const auto& r : p.reporters) out << " +" << r;
    for (const auto& d : p.deniers) out << " -" << d;
    out << "\n";
  }
  for (const ThinClaim& t : thin)
    out << to_string(ag.edges[t.edge].kind) << " " << g.entity(ag.edges[t.edge].source).name << " "
        << g.entity(ag.edges[t.edge].target).name << " " << t.anonymous << t.source << " "
        << edge_text(ag, t.edge, limit) << "\n";
  return out.str();
}

/// The saved form of `g` (made from the articles `tally` counts) in a scratch file, opened.
GraphSnapshot saved(const ClaimGraph& g, const std::string& name, const ArticleTally& tally = {}) {
  auto path = (scratch_dir("snapshot_" + name) / "graph").string();
  save_snapshot(g, "key", path, tally);
  auto snapshot = GraphSnapshot::open(path, "key");
  REQUIRE(snapshot);
  return std::move(*snapshot);
}

}  // namespace

TEST_CASE("snapshot: a saved graph reads back with its entities, names and relations") {
  ClaimGraph g = newsroom_fixture();
  GraphSnapshot s = saved(g, "round_trip");
  CHECK(s.entity_count() == g.entity_count());
  CHECK(s.relation_count() == g.relation_count());
  CHECK(s.edge_count() == aggregate(g).edges.size());
  for (Vertex v = 0; v < g.entity_count(); ++v) {
    CHECK(s.name(v) == g.entity(v).name);
    EntityLookup whole = find_entity(g, g.entity(v).name), part = s.find(g.entity(v).name);
    CHECK(part.vertex == whole.vertex);
    CHECK(s.find(g.entity(v).id).vertex == v);
  }
  SUBCASE("near names and ambiguous names as over the whole graph") {
    for (const char* name : {"Alice Amse", "Ames", "alice ames", "nobody at all", "Brook"}) {
      EntityLookup whole = find_entity(g, name), part = s.find(name);
      CHECK(part.vertex == whole.vertex);
      REQUIRE(part.suggestions.size() == whole.suggestions.size());
      for (std::size_t i = 0; i < part.suggestions.size(); ++i)
        CHECK(part.suggestions[i].name == whole.suggestions[i].name);
      CHECK(part.candidates.size() == whole.candidates.size());
    }
  }
  SUBCASE("a part holds the chosen relations with their evidence, and their claimants") {
    std::vector<std::uint32_t> all;
    for (std::uint32_t r = 0; r < s.relation_count(); ++r) all.push_back(r);
    auto part = s.part({}, all);
    CHECK(part->graph.relation_count() == g.relation_count());
    REQUIRE(part->relations == all);
    std::uint32_t r = 0;
    for (auto [it, end] = boost::edges(part->graph.graph()); it != end; ++it, ++r) {
      CHECK(part->edge_of(r) == *it);
      const RelationEdge& relation = part->graph.relation(*it);
      CHECK(has(relation.evidence.text, " in "));
      if (!relation.claimant.empty()) CHECK(part->graph.find_id(relation.claimant));
    }
    CHECK_FALSE(part->edge_of(s.relation_count()));
  }
  SUBCASE("a part's entities keep their aliases, mentions and, when asked, articles") {
    std::vector<Vertex> every(g.entity_count());
    std::iota(every.begin(), every.end(), Vertex{0});
    auto part = s.part(every, {}, true), lean = s.part(every, {});
    REQUIRE(part->graph.entity_count() == g.entity_count());
    for (Vertex v = 0; v < g.entity_count(); ++v) {
      CHECK(part->graph.entity(v).aliases == g.entity(v).aliases);
      CHECK(part->graph.entity(v).mentions == g.entity(v).mentions);
      CHECK(part->graph.entity(v).articles == g.entity(v).articles);
      CHECK(lean->graph.entity(v).articles.empty());  // unless asked: a hub's list is long
    }
  }
}

TEST_CASE("snapshot: articles and relations per outlet and date, as counted when saved") {
  ClaimGraph g = newsroom_fixture();
  std::map<std::pair<std::string, std::string>, std::array<std::size_t, 4>> relations;
  for (auto [it, end] = boost::edges(g.graph()); it != end; ++it) {
    const RelationEdge& r = g.relation(*it);
    ++relations[{r.article_outlet, r.date}][static_cast<std::size_t>(r.kind)];
  }
  // An outlet's article without relations is counted too.
  ArticleTally tally{{{"Quiet Weekly", "2024-01-01"}, 2}};
  for (const auto& [publication, counts] : relations) tally[publication] += 1;
  GraphSnapshot s = saved(g, "publications", tally);
  std::vector<Publication> rows = s.publications();
  REQUIRE(rows.size() == tally.size());
  auto row = rows.begin();
  for (const auto& [publication, articles] : tally) {
    CAPTURE(publication.first);
    CHECK(row->outlet == publication.first);
    CHECK(row->date == publication.second);
    CHECK(row->articles == articles);
    CHECK(row->relations == relations[publication]);
    ++row;
  }
}

TEST_CASE("snapshot: a stale key or a damaged file is refused, never read outside it") {
  ClaimGraph g = mixed_graph(3);
  auto dir = scratch_dir("snapshot_damage");
  std::string path = (dir / "graph").string();
  save_snapshot(g, "key", path);
  CHECK_FALSE(GraphSnapshot::open(path, "other key"));
  CHECK_FALSE(GraphSnapshot::open((dir / "missing").string(), "key"));
  std::string bytes = read_file(path);
  std::mt19937 rng(7);
  for (int trial = 0; trial < 300; ++trial) {
    std::string damaged = bytes;
    if (trial % 3 == 0) {
      damaged.resize(rng() % bytes.size());
    } else {
      for (int i = 0; i < 1 + trial % 7; ++i)
        damaged[rng() % damaged.size()] ^= char(1 + rng() % 255);
    }
    write_file(dir / "damaged", damaged);
    auto s = GraphSnapshot::open((dir / "damaged").string(), "key");
    if (!s) continue;
    // What opens may still hold bad strings or kinds: queries throw, never crash.
    try {
      for (Vertex v = 0; v < s->entity_count(); v += 3) {
        find_saved_paths(*s, 0, v, {});
        saved_ego_network(*s, v, 2);
      }
      saved_contested(*s, true);
      s->find("Q1");
    } catch (const std::runtime_error& e) {
      CHECK(has(e.what(), "graph snapshot damaged"));
    }
  }
}

/// The three random graphs the equivalence tests run on, with their saved forms.
struct Saved {
  ClaimGraph graph;
  GraphSnapshot snapshot;
  AggregateGraph whole;
};

/// Each random graph saved, with its whole aggregate.
std::vector<std::unique_ptr<Saved>> saved_graphs(const std::string& name) {
  std::vector<std::unique_ptr<Saved>> out;
  for (unsigned seed : {1u, 2u, 5u}) {
    ClaimGraph g = mixed_graph(seed);
    GraphSnapshot s = saved(g, name + std::to_string(seed));
    out.push_back(std::unique_ptr<Saved>(new Saved{std::move(g), std::move(s), {}}));
    out.back()->whole = aggregate(out.back()->graph);
  }
  return out;
}

TEST_CASE("snapshot: paths (shortest, k best, weighted, all within hops) as over the whole") {
  PathOptions k3, weighted, all;
  k3.k = 3;
  weighted.weighted = true;
  weighted.k = 2;
  all.max_hops = 3;
  all.all = true;
  all.cap = 20;
  for (const auto& x : saved_graphs("paths")) {
    const ClaimGraph& g = x->graph;
    for (const PathOptions& o : {PathOptions{}, k3, weighted, all})
      for (Vertex a = 0; a < g.entity_count(); a += 2)
        for (Vertex b = 1; b < g.entity_count(); b += 3) {
          SavedPaths p = find_saved_paths(x->snapshot, a, b, o);
          CHECK(describe(p.aggregated, p.found) ==
                describe(x->whole, find_paths(x->whole, a, b, o)));
          CHECK(p.part->graph.entity(p.from).name == g.entity(a).name);
          if (!p.found.paths.empty()) continue;
          NoPathReason why = explain_no_path(g, {}, o, a, b);
          CHECK(p.why->disconnected == why.disconnected);
          CHECK(p.why->from_component == why.from_component);
          CHECK(p.why->to_component == why.to_component);
          CHECK(p.why->filtered_hops == why.filtered_hops);
          CHECK(p.why->cutting == why.cutting);
          CHECK(p.why->path.has_value() == why.path.has_value());
        }
  }
}

TEST_CASE("snapshot: neighbourhoods of depth 1 to 3 as over the whole") {
  for (const auto& x : saved_graphs("ego"))
    for (std::size_t depth = 1; depth <= 3; ++depth)
      for (Vertex v = 0; v < x->graph.entity_count(); ++v) {
        SavedEgo e = saved_ego_network(x->snapshot, v, depth);
        CHECK(describe(e.aggregated, e.ego) == describe(x->whole, ego_network(x->whole, v, depth)));
      }
}

TEST_CASE("snapshot: contested pairs and thin claims as over the whole") {
  for (const auto& x : saved_graphs("contested")) {
    SavedContested with_thin = saved_contested(x->snapshot, true);
    SavedContested pairs_only = saved_contested(x->snapshot, false);
    CHECK(!pairs_only.pairs.empty());
    CHECK(describe(with_thin.aggregated, with_thin.pairs, with_thin.thin) ==
          describe(x->whole, contested_pairs(x->whole), thin_claims(x->whole)));
    std::vector<ContestedPair> whole_pairs = contested_pairs(x->whole);
    CHECK(describe(pairs_only.aggregated, pairs_only.pairs, {}) ==
          describe(x->whole, whole_pairs, {}));
    std::vector<RankedPair> ranked = rank_contested(x->snapshot);
    REQUIRE(ranked.size() == whole_pairs.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      CHECK(x->snapshot.name(ranked[i].a) == x->graph.entity(whole_pairs[i].a).name);
      CHECK(x->snapshot.name(ranked[i].b) == x->graph.entity(whole_pairs[i].b).name);
    }
    SavedContested first_two = saved_contested(x->snapshot, false, 2);
    whole_pairs.resize(std::min<std::size_t>(2, whole_pairs.size()));
    CHECK(describe(first_two.aggregated, first_two.pairs, {}) ==
          describe(x->whole, whole_pairs, {}));
  }
}

TEST_CASE("snapshot: answers reading the first relations of each edge count them all") {
  PathOptions k3;
  k3.k = 3;
  for (const auto& x : saved_graphs("evidence"))
    for (std::size_t limit : {std::size_t{0}, std::size_t{1}, std::size_t{2}}) {
      CAPTURE(limit);
      const ClaimGraph& g = x->graph;
      for (Vertex a = 0; a < g.entity_count(); a += 3)
        for (Vertex b = 1; b < g.entity_count(); b += 4) {
          SavedPaths p = find_saved_paths(x->snapshot, a, b, k3, limit);
          CHECK(describe(p.aggregated, p.found, limit) ==
                describe(x->whole, find_paths(x->whole, a, b, k3), limit));
          for (const AggregateEdge& edge : p.aggregated.edges)
            CHECK(edge.relations.size() <= limit);
        }
      for (Vertex v = 0; v < g.entity_count(); v += 2) {
        SavedEgo e = saved_ego_network(x->snapshot, v, 2, limit);
        CHECK(describe(e.aggregated, e.ego, limit) ==
              describe(x->whole, ego_network(x->whole, v, 2), limit));
      }
      SavedContested c = saved_contested(x->snapshot, true, 0, limit);
      CHECK(describe(c.aggregated, c.pairs, c.thin, limit) ==
            describe(x->whole, contested_pairs(x->whole), thin_claims(x->whole), limit));
      for (const ContestedPair& pair : c.pairs) {
        CHECK(pair.reports.size() <= limit);
        CHECK(pair.denials.size() <= limit);
      }
    }
}
