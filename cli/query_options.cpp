#include "cli/query_options.h"

#include "extractor_id.h"
#include "graph/query/store_graph.h"
#include "graph/store/store.h"

namespace claimgraph::cli {

namespace {

/// The stance names, for --stance.
std::vector<std::string> stance_names() {
  std::vector<std::string> out;
  for (Stance s : {Stance::asserted, Stance::hedged, Stance::denied})
    out.emplace_back(to_string(s));
  return out;
}

}  // namespace

void add_relation_filters(CLI::App& sub, QueryArgs& a) {
  // allow_extra_args(false): one value per occurrence, so the names after it stay positionals.
  sub.add_option("--kind", a.kinds, "Only relations of this kind (repeat for several)")
      ->check(CLI::IsMember(relation_kind_names()))
      ->allow_extra_args(false);
  sub.add_option("--stance", a.stances, "Only relations stated with this stance (repeatable)")
      ->check(CLI::IsMember(stance_names()))
      ->allow_extra_args(false);
  sub.add_option("--min-confidence", a.filter.min_confidence,
                 "Only relations the extractor is at least this sure of (0 to 1)")
      ->check(CLI::Range(0.0, 1.0));
  sub.add_option("--min-outlets", a.filter.min_outlets,
                 "Only edges (source, target, kind) reported by at least this many outlets");
}

std::vector<std::string> relation_kind_names() {
  std::vector<std::string> out;
  for (RelationKind k : kAllRelationKinds) out.emplace_back(to_string(k));
  return out;
}

bool QueryArgs::take_names(std::size_t n, std::vector<std::string>& names) {
  if (positionals.size() < n + 1) return false;
  auto split = positionals.end() - static_cast<std::ptrdiff_t>(n);
  names.assign(split, positionals.end());
  inputs.inputs.assign(positionals.begin(), split);
  return true;
}

RelationFilter QueryArgs::relation_filter() {
  RelationFilter f = filter;
  for (const auto& k : kinds) f.kinds.push_back(*parse_relation_kind(k));
  for (const auto& s : stances) f.stances.push_back(*parse_stance(s));
  // The graph is built from every article; the filter applies to relations, so a path that
  // only exists outside the chosen articles can still be shown and blamed on the filter.
  f.articles = std::exchange(inputs.filter, {});
  return f;
}

std::optional<GraphSnapshot> saved_graph(QueryArgs& a, const RelationFilter& f) {
  return f.empty() ? saved_graph(a.inputs) : std::nullopt;
}

std::optional<GraphSnapshot> saved_graph(const InputOptions& in, bool filters_itself) {
  if ((!in.filter.empty() && !filters_itself) || !in.alias_file.empty() || in.inputs.size() != 1 ||
      !is_store_file(in.inputs[0]))
    return std::nullopt;
  return open_store_graph(in.inputs[0], CLAIMGRAPH_RESOLVER_ID);
}

std::size_t QueryArgs::evidence() const { return evidence_limit ? evidence_limit : kAllEvidence; }

void add_evidence_limit(CLI::App& sub, QueryArgs& a) {
  sub.add_option("--evidence-limit", a.evidence_limit,
                 "Relations listed under each edge, first found first; the rest are counted "
                 "(0: list them all)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{1000000}));
}

void add_query_args(CLI::App& sub, QueryArgs& a, const std::string& help, bool relation_filters) {
  add_query_options(sub, a.positionals, a.inputs, help);
  if (relation_filters) add_relation_filters(sub, a);
  sub.add_flag("--json", a.json, "Write the answer as one JSON document (same order as the text)");
}

}  // namespace claimgraph::cli
