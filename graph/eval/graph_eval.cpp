#include "graph/eval/graph_eval.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "graph/text/normalize.h"

namespace claimgraph {

namespace {

using Json = nlohmann::json;

std::vector<std::string> names_of(const Json& value) {
  std::vector<std::string> out;
  if (value.is_string()) out.push_back(value.get<std::string>());
  if (value.is_array())
    for (const auto& v : value) out.push_back(v.get<std::string>());
  return out;
}

std::optional<std::size_t> gold_index(const std::vector<GoldEntity>& entities,
                                      const std::string& name) {
  std::string n = normalize_name(name);
  for (std::size_t i = 0; i < entities.size(); ++i)
    if (std::find(entities[i].names.begin(), entities[i].names.end(), n) != entities[i].names.end())
      return i;
  return std::nullopt;
}

std::vector<std::size_t> gold_indices(const std::vector<GoldEntity>& entities, const Json& value) {
  std::vector<std::size_t> out;
  for (const auto& name : names_of(value)) {
    auto i = gold_index(entities, name);
    if (!i) throw std::runtime_error("relation names unknown entity '" + name + "'");
    out.push_back(*i);
  }
  return out;
}

std::optional<std::size_t> optional_index(const std::vector<GoldEntity>& entities, const Json& r,
                                          const char* field) {
  if (!r.contains(field) || r[field].is_null()) return std::nullopt;
  auto all = gold_indices(entities, r[field]);
  return all.empty() ? std::nullopt : std::optional<std::size_t>(all.front());
}

/// The gold entity each predicted entity matches: the first sharing any normalised name.
std::vector<std::optional<std::size_t>> match_entities(const GoldGraph& gold,
                                                       const ArticleExtraction& x) {
  std::vector<std::optional<std::size_t>> out;
  for (const auto& e : x.entities) {
    std::vector<std::string> names{normalize_name(e.name)};
    for (const auto& a : e.aliases) names.push_back(normalize_name(a));
    std::optional<std::size_t> match;
    for (std::size_t g = 0; g < gold.entities.size() && !match; ++g)
      for (const auto& n : names)
        if (std::find(gold.entities[g].names.begin(), gold.entities[g].names.end(), n) !=
            gold.entities[g].names.end()) {
          match = g;
          break;
        }
    out.push_back(match);
  }
  return out;
}

bool contains(const std::vector<std::size_t>& v, std::optional<std::size_t> x) {
  return x && std::find(v.begin(), v.end(), *x) != v.end();
}

bool relation_matches(const GoldRelation& g, RelationKind kind, std::optional<std::size_t> s,
                      std::optional<std::size_t> t) {
  if (g.kind != kind) return false;
  if (contains(g.sources, s) && contains(g.targets, t)) return true;
  return kind == RelationKind::contact && contains(g.sources, t) && contains(g.targets, s);
}

void score_entities(const GoldGraph& gold, const ArticleExtraction& x,
                    const std::vector<std::optional<std::size_t>>& match, GraphScore& score) {
  std::vector<bool> found(gold.entities.size(), false), found_typed(gold.entities.size(), false);
  for (std::size_t p = 0; p < x.entities.size(); ++p) {
    if (match[p] && gold.entities[*match[p]].optional) continue;
    ++score.entity.predicted;
    ++score.entity_typed.predicted;
    if (!match[p]) {
      score.false_hits.push_back(
          {"entity " + x.entities[p].name + " (" + std::string(to_string(x.entities[p].kind)) + ")",
           ""});
      continue;
    }
    ++score.entity.matched_predicted;
    found[*match[p]] = true;
    const GoldEntity& g = gold.entities[*match[p]];
    if (g.kind == x.entities[p].kind) {
      ++score.entity_typed.matched_predicted;
      found_typed[*match[p]] = true;
    } else {
      score.mistyped.push_back({"entity " + x.entities[p].name + " (" +
                                    std::string(to_string(x.entities[p].kind)) + ", gold " +
                                    std::string(to_string(g.kind)) + ")",
                                ""});
    }
  }
  for (std::size_t g = 0; g < gold.entities.size(); ++g) {
    if (gold.entities[g].optional) continue;
    ++score.entity.gold;
    ++score.entity_typed.gold;
    score.entity.matched_gold += found[g];
    score.entity_typed.matched_gold += found_typed[g];
    if (!found[g]) score.misses.push_back({"entity " + gold.entities[g].name, ""});
  }
}

std::string describe(const GoldGraph& gold, const GoldRelation& r) {
  return "relation " + std::string(to_string(r.kind)) + " " +
         gold.entities[r.sources.front()].name + " -> " + gold.entities[r.targets.front()].name;
}

/// A relation with the claimant and outlet its gold names: "... claimed by X via Y".
std::string describe_attribution(const GoldGraph& gold, const GoldRelation& r) {
  std::string out = describe(gold, r);
  if (r.claimant) out += " claimed by " + gold.entities[*r.claimant].name;
  if (r.outlet) out += " via " + gold.entities[*r.outlet].name;
  return out;
}

/// Whether a prediction names the claimant and outlet the gold relation names.
bool attribution_agrees(const GoldRelation& g, std::optional<std::size_t> claimant,
                        std::optional<std::size_t> outlet) {
  return (!g.claimant || claimant == g.claimant) && (!g.outlet || outlet == g.outlet);
}

/// Sentences of `text`, split after . ! ? and at line breaks: enough to show a miss in context.
std::vector<std::string_view> rough_sentences(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool end = text[i] == '\n' || ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
                                   i + 1 < text.size() && text[i + 1] == ' ');
    if (!end) continue;
    while (start < i && (text[start] == ' ' || text[start] == '\n')) ++start;
    std::size_t stop = text[i] == '\n' ? i : i + 1;
    if (stop > start) out.push_back(text.substr(start, stop - start));
    start = i + 1;
  }
  while (start < text.size() && text[start] == ' ') ++start;
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

/// Whether a normalised sentence holds one of the normalised names as whole words.
bool names_any(const std::string& sentence, const std::vector<std::string>& names) {
  for (const auto& n : names)
    if (!n.empty() && sentence.find(" " + n + " ") != std::string::npos) return true;
  return false;
}

/// The first sentence naming a party of both sides of a gold relation, or "".
std::string sentence_naming(const GoldGraph& gold, const GoldRelation& r, std::string_view text) {
  auto names = [&](const std::vector<std::size_t>& ids) {
    std::vector<std::string> out;
    for (auto i : ids)
      out.insert(out.end(), gold.entities[i].names.begin(), gold.entities[i].names.end());
    return out;
  };
  auto sources = names(r.sources), targets = names(r.targets);
  for (auto sentence : rough_sentences(text)) {
    std::string n = " " + normalize_name(sentence) + " ";
    if (names_any(n, sources) && names_any(n, targets)) return std::string(sentence);
  }
  return "";
}

std::size_t kind_index(RelationKind kind) { return static_cast<std::size_t>(kind); }

void score_relations(const GoldGraph& gold, const ArticleExtraction& x,
                     const std::vector<std::optional<std::size_t>>& match, std::string_view text,
                     GraphScore& score) {
  std::vector<bool> found(gold.relations.size(), false), attributed(gold.relations.size(), false);
  auto gold_of = [&](std::optional<EntityIndex> e) {
    return e ? match[*e] : std::optional<std::size_t>();
  };
  for (const auto& r : x.relations) {
    auto s = gold_of(r.source), t = gold_of(r.target);
    std::optional<std::size_t> hit, repeat, optional_hit;
    for (std::size_t g = 0; g < gold.relations.size(); ++g) {
      if (!relation_matches(gold.relations[g], r.kind, s, t)) continue;
      if (gold.relations[g].optional)
        optional_hit = g;
      else if (found[g] && !repeat)
        repeat = g;
      else if (!found[g] && !hit)
        hit = g;
    }
    // A repeat of a matched relation counts neither way, but may still name its attribution.
    if (auto g = hit ? hit : repeat)
      attributed[*g] = attributed[*g] || attribution_agrees(gold.relations[*g], gold_of(r.claimant),
                                                            gold_of(r.outlet));
    if (!hit) {
      if (!repeat && !optional_hit) {
        ++score.relation.predicted;
        ++score.relation_by_kind[kind_index(r.kind)].predicted;
        score.false_hits.push_back({"relation " + std::string(to_string(r.kind)) + " " +
                                        x.entities[r.source].name + " -> " +
                                        x.entities[r.target].name,
                                    r.evidence_text});
      }
      continue;
    }
    found[*hit] = true;
    ++score.relation.predicted;
    ++score.relation.matched_predicted;
    ++score.relation_by_kind[kind_index(r.kind)].predicted;
    ++score.relation_by_kind[kind_index(r.kind)].matched_predicted;
  }
  for (std::size_t g = 0; g < gold.relations.size(); ++g) {
    const GoldRelation& r = gold.relations[g];
    if (r.optional) continue;
    ++score.relation.gold;
    score.relation.matched_gold += found[g];
    ++score.relation_by_kind[kind_index(r.kind)].gold;
    score.relation_by_kind[kind_index(r.kind)].matched_gold += found[g];
    if (!found[g]) score.misses.push_back({describe(gold, r), sentence_naming(gold, r, text)});
    if (!found[g] || (!r.claimant && !r.outlet)) continue;
    ++score.attribution_total;
    score.attribution_matched += attributed[g];
    if (!attributed[g]) score.unattributed.push_back({describe_attribution(gold, r), ""});
  }
}

}  // namespace

double Counts::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

Counts& Counts::operator+=(const Counts& o) {
  matched_predicted += o.matched_predicted;
  predicted += o.predicted;
  matched_gold += o.matched_gold;
  gold += o.gold;
  return *this;
}

GraphScore& GraphScore::operator+=(const GraphScore& o) {
  entity += o.entity;
  entity_typed += o.entity_typed;
  relation += o.relation;
  for (std::size_t k = 0; k < std::size(relation_by_kind); ++k)
    relation_by_kind[k] += o.relation_by_kind[k];
  attribution_total += o.attribution_total;
  attribution_matched += o.attribution_matched;
  misses.insert(misses.end(), o.misses.begin(), o.misses.end());
  false_hits.insert(false_hits.end(), o.false_hits.begin(), o.false_hits.end());
  unattributed.insert(unattributed.end(), o.unattributed.begin(), o.unattributed.end());
  mistyped.insert(mistyped.end(), o.mistyped.begin(), o.mistyped.end());
  return *this;
}

GoldGraph parse_gold(std::string_view text) {
  Json j = Json::parse(text);  // throws nlohmann::json::parse_error, a std::exception
  GoldGraph gold;
  gold.article = j.value("article", "");
  for (const auto& e : j.at("entities")) {
    GoldEntity g;
    g.name = e.at("name").get<std::string>();
    g.names.push_back(normalize_name(g.name));
    if (e.contains("aliases"))
      for (const auto& a : names_of(e["aliases"])) g.names.push_back(normalize_name(a));
    auto kind = parse_entity_kind(e.at("kind").get<std::string>());
    if (!kind) throw std::runtime_error("unknown entity kind in gold: " + e.at("kind").dump());
    g.kind = *kind;
    g.optional = e.value("optional", false);
    gold.entities.push_back(std::move(g));
  }
  for (const auto& r : j.at("relations")) {
    GoldRelation g;
    auto kind = parse_relation_kind(r.at("kind").get<std::string>());
    if (!kind) continue;  // kinds scoring does not know are ignored
    g.kind = *kind;
    g.sources = gold_indices(gold.entities, r.at("source"));
    g.targets = gold_indices(gold.entities, r.at("target"));
    g.claimant = optional_index(gold.entities, r, "claimant");
    g.outlet = optional_index(gold.entities, r, "outlet");
    g.optional = r.value("optional", false);
    if (g.sources.empty() || g.targets.empty())
      throw std::runtime_error("relation without source or target");
    gold.relations.push_back(std::move(g));
  }
  return gold;
}

GraphScore score_graph(const GoldGraph& gold, const ArticleExtraction& predicted,
                       std::string_view text) {
  GraphScore score;
  auto match = match_entities(gold, predicted);
  score_entities(gold, predicted, match, score);
  score_relations(gold, predicted, match, text, score);
  return score;
}

}  // namespace claimgraph
