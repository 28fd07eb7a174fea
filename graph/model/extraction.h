#pragma once
// What extraction finds in one article: entities, attributions and relations, each tied to
// code-point spans of the article text. This is the contract's per-article record.

#include <optional>
#include <string>
#include <vector>

#include "graph/model/types.h"

namespace claimgraph {

/// An entity as found in one article.
struct Entity {
  std::string id;    ///< stable key: kind and normalised canonical name
  std::string name;  ///< canonical name
  EntityKind kind = EntityKind::person;
  std::vector<std::string> aliases;  ///< other surface forms in this article, sorted
  std::vector<Span> mentions;        ///< every mention, in text order
};

/// Index of an entity in ArticleExtraction::entities.
using EntityIndex = std::uint32_t;

/// Who said what: a source span (or none), its cue, its content spans.
struct Attribution {
  std::optional<Span> source;
  std::optional<EntityIndex> speaker;  ///< the entity the source stands for
  Span cue;
  std::vector<Span> content;
  std::optional<EntityIndex> outlet;  ///< the outlet carrying a nested statement
};

/// A relation between two entities with its evidence.
struct Relation {
  RelationKind kind = RelationKind::contact;
  EntityIndex source = 0;
  EntityIndex target = 0;
  std::optional<EntityIndex> claimant;
  std::optional<EntityIndex> outlet;
  Stance stance = Stance::asserted;
  Span evidence;              ///< the sentence (or quote and attribution) supporting it
  Span cue;                   ///< the word that signals the relation
  std::string evidence_text;  ///< the evidence span's text
  std::string cue_text;       ///< the cue span's text
  double confidence = 0.0;
};

/// Everything extracted from one article.
struct ArticleExtraction {
  std::string article_id;
  std::string outlet;  ///< publisher from the input's metadata, if any
  std::string date;    ///< publication date from the input's metadata, if any
  std::string title;   ///< headline from the input's metadata, if any
  std::string url;     ///< address from the input's metadata, if any
  std::vector<Entity> entities;
  std::vector<Attribution> attributions;
  std::vector<Relation> relations;
};

/// An article's extraction with what tells whether it is up to date: stores keep these, and
/// partial results carry them from `extract` to `merge`.
struct StoredArticle {
  ArticleExtraction extraction;
  std::string hash;       ///< content hash: text, metadata and extractor, so edits re-extract
  std::size_t bytes = 0;  ///< size of the article text
};

}  // namespace claimgraph
