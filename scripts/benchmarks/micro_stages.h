#pragma once
// Each corpus article carried through the extraction stages once, so a benchmark can time one
// stage on the inputs the stages before it give, as extract_article would.

#include <memory>
#include <optional>
#include <vector>

#include "graph/extract/attribution.h"
#include "graph/extract/entity_resolver.h"
#include "graph/extract/lexicon.h"
#include "graph/extract/mentions.h"
#include "graph/text/document.h"

namespace claimgraph::bench {

/// One article's stage outputs; held by pointer, as the resolver refers to the document.
struct Staged {
  Document doc;
  std::vector<Quote> quotes;
  std::vector<Mention> mentions;
  std::optional<EntityResolver> resolver;  ///< as find_attributions receives it
  std::vector<FoundAttribution> found;
  std::optional<EntityResolver> resolved;  ///< as find_relations receives it
};

/// Every corpus article staged with the built-in lexicons, computed once.
const std::vector<std::unique_ptr<Staged>>& staged();

}  // namespace claimgraph::bench
