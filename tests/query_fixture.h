#pragma once
// A small claim graph for the query tests, written as articles with outlets, dates, relations
// and claimants, so each test reads like the news it stands for.

#include <map>
#include <string>
#include <vector>

#include "graph/model/claim_graph.h"

namespace claimgraph::test {

/// One relation of a fixture article, by entity names.
struct Rel {
  RelationKind kind;
  std::string source;
  std::string target;
  std::string claimant = "";
  Stance stance = Stance::asserted;
  double confidence = 0.8;
};

/// One fixture article: its metadata, relations and any entities without relations.
struct Art {
  std::string id;
  std::string outlet;
  std::string date;
  std::vector<Rel> relations;
  std::vector<std::string> loners = {};
};

/// The kind of a fixture entity: a few names say so, the rest are people.
inline EntityKind fixture_kind(const std::string& name) {
  static const std::map<std::string, EntityKind> kinds = {
      {"Ruritania Government", EntityKind::government},
      {"officials", EntityKind::group},
      {"Harbor Authority", EntityKind::organization}};
  auto it = kinds.find(name);
  return it == kinds.end() ? EntityKind::person : it->second;
}

/// The entity id a fixture name gets: "person:alice-ames".
inline std::string fixture_id(const std::string& name) {
  std::string slug;
  for (char c : name) slug += c == ' ' ? '-' : static_cast<char>(std::tolower(c));
  return std::string(to_string(fixture_kind(name))) + ":" + slug;
}

/// The index of `name` among the article's entities, adding it when new.
inline EntityIndex fixture_entity(ArticleExtraction& x, const std::string& name) {
  for (EntityIndex i = 0; i < x.entities.size(); ++i)
    if (x.entities[i].name == name) return i;
  Entity e;
  e.id = fixture_id(name);
  e.name = name;
  e.kind = fixture_kind(name);
  e.mentions = {{0, 1}};
  x.entities.push_back(e);
  return static_cast<EntityIndex>(x.entities.size() - 1);
}

inline ArticleExtraction fixture_article(const Art& art) {
  ArticleExtraction x;
  x.article_id = art.id;
  x.outlet = art.outlet;
  x.date = art.date;
  for (const auto& name : art.loners) fixture_entity(x, name);
  for (const Rel& rel : art.relations) {
    Relation r;
    r.kind = rel.kind;
    r.source = fixture_entity(x, rel.source);
    r.target = fixture_entity(x, rel.target);
    if (!rel.claimant.empty()) r.claimant = fixture_entity(x, rel.claimant);
    r.stance = rel.stance;
    r.confidence = rel.confidence;
    r.evidence_text = rel.source + " and " + rel.target + " in " + art.id;
    r.evidence = {0, static_cast<std::uint32_t>(r.evidence_text.size())};
    r.cue_text = "met";
    x.relations.push_back(r);
  }
  return x;
}

/// The graph of some fixture articles, in order.
inline ClaimGraph fixture_graph(const std::vector<Art>& articles) {
  ClaimGraph g;
  for (const Art& art : articles) g.add_article(fixture_article(art));
  return g;
}

/// Items joined by " | ", so a failed check prints what differed.
inline std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : " | ") + item;
  return out;
}

constexpr auto kContact = RelationKind::contact;
constexpr auto kDenial = RelationKind::denial;
constexpr auto kAffiliation = RelationKind::affiliation;

/// Alice and Bob met (three outlets say so; Bob denies it); Bob and Carol each reach the
/// government; Dan and Eve hang off it; Zed is alone.
inline ClaimGraph newsroom_fixture() {
  return fixture_graph({
      {"a1",
       "Sentinel",
       "2024-01-10",
       {{kContact, "Alice Ames", "Bob Brook", "Carol Cole"},
        {kContact, "Bob Brook", "Ruritania Government", "officials"}}},
      {"a2",
       "Gazette",
       "2024-02-10",
       {{kContact, "Bob Brook", "Alice Ames", "Dan Dale"},
        {kDenial, "Bob Brook", "Alice Ames", "Bob Brook"}}},
      {"a3",
       "Ledger",
       "2024-03-10",
       {{kContact, "Alice Ames", "Bob Brook", "Carol Cole", Stance::hedged},
        {kContact, "Alice Ames", "Carol Cole", "Dan Dale"},
        {kContact, "Carol Cole", "Ruritania Government", "", Stance::asserted, 0.3}}},
      {"a4",
       "Sentinel",
       "2024-04-10",
       {{kContact, "Dan Dale", "Eve Esposito", "officials"},
        {kAffiliation, "Eve Esposito", "Ruritania Government"}},
       {"Zed Zorn"}},
  });
}

}  // namespace claimgraph::test
