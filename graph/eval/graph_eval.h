#pragma once
// Scores extracted entities and relations against hand-made gold graphs, exactly as
// ../shared/eval/README.md section 2 defines it.

#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model/extraction.h"

namespace claimgraph {

/// One gold entity: its normalised names, kind and whether it is optional.
struct GoldEntity {
  std::string name;
  std::vector<std::string> names;  ///< normalised name and aliases
  EntityKind kind = EntityKind::person;
  bool optional = false;
};

/// One gold relation; source and target may each list acceptable entities.
struct GoldRelation {
  RelationKind kind = RelationKind::contact;
  std::vector<std::size_t> sources;
  std::vector<std::size_t> targets;
  std::optional<std::size_t> claimant;
  std::optional<std::size_t> outlet;
  bool optional = false;
};

/// A gold graph for one article.
struct GoldGraph {
  std::string article;
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
};

/// Parses a gold file; throws std::runtime_error on malformed JSON or unknown names.
GoldGraph parse_gold(std::string_view json);

/// Matched, predicted and gold counts with the usual ratios.
struct Counts {
  std::size_t matched_predicted = 0;  ///< predictions that matched (precision numerator)
  std::size_t predicted = 0;
  std::size_t matched_gold = 0;  ///< gold items found (recall numerator)
  std::size_t gold = 0;
  double precision() const {
    return predicted ? double(matched_predicted) / double(predicted) : 0.0;
  }
  double recall() const { return gold ? double(matched_gold) / double(gold) : 0.0; }
  double f1() const;
  Counts& operator+=(const Counts& o);
};

/// A miss or false hit, with the sentence it concerns when one is known (for --verbose).
struct ScoredItem {
  std::string what;      ///< "relation contact A -> B" or "entity X (person)"
  std::string sentence;  ///< the evidence sentence, or one naming both parties; may be empty
};

/// The scores of one article or, summed, of a set (micro-average).
struct GraphScore {
  Counts entity;
  Counts entity_typed;
  Counts relation;
  Counts relation_by_kind[std::size(kAllRelationKinds)];  ///< indexed by RelationKind
  std::size_t attribution_total = 0;
  std::size_t attribution_matched = 0;
  std::vector<ScoredItem> misses;        ///< gold items not found (for --verbose)
  std::vector<ScoredItem> false_hits;    ///< predictions that matched nothing
  std::vector<ScoredItem> unattributed;  ///< matched relations missing the gold claimant/outlet
  std::vector<ScoredItem> mistyped;      ///< matched entities of another kind than the gold's
  double attribution_of_matched() const {
    return attribution_total ? double(attribution_matched) / double(attribution_total) : 0.0;
  }
  GraphScore& operator+=(const GraphScore& o);
};

/// Scores one article's extraction against its gold graph; `text` (the article, optional)
/// lets misses name a sentence where both parties of a missed relation appear.
GraphScore score_graph(const GoldGraph& gold, const ArticleExtraction& predicted,
                       std::string_view text = {});

}  // namespace claimgraph
