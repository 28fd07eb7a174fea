#pragma once
// Turns mentions and attributions into relations: contact, denial, reported_by, affiliation,
// each with its claimant, outlet, stance and evidence span.

#include <vector>

#include "graph/extract/attribution.h"

namespace claimgraph {

/// Finds the relations of one document (its quotations as find_quotes gives them); entity
/// indices are the resolver's provisional ones.
std::vector<Relation> find_relations(const Document& doc, const Lexicon& lex,
                                     const std::vector<Mention>& mentions,
                                     const std::vector<Quote>& quotes,
                                     const std::vector<FoundAttribution>& attributions,
                                     EntityResolver& resolver);

}  // namespace claimgraph
