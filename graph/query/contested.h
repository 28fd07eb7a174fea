#pragma once
// Claims the sources disagree on, and claims that rest on little: pairs where one source reports
// a contact and another denies it, and contacts or denials from one named source or only
// anonymous ones ("officials said").

#include <string>
#include <vector>

#include "graph/query/aggregate.h"

namespace claimgraph {

/// Two entities whose contact is both reported and denied.
struct ContestedPair {
  ClaimGraph::Vertex a = 0;  ///< the lower vertex of the pair
  ClaimGraph::Vertex b = 0;
  std::vector<ClaimGraph::Edge> reports;  ///< contacts asserted or hedged
  std::vector<ClaimGraph::Edge> denials;  ///< denials between them, and contacts stated as denied
  std::vector<std::string> reporters;     ///< ids of those who claim the contact, sorted
  std::vector<std::string> deniers;       ///< ids of those who deny it, sorted
  /// Relations and distinct articles on each side, including any not listed above (an
  /// answer from a saved graph lists only the first few).
  std::size_t report_count = 0, denial_count = 0;
  std::size_t report_articles = 0, denial_articles = 0;
};

/// The contested pairs of a graph: most articles on both sides first, then by names.
std::vector<ContestedPair> contested_pairs(const AggregateGraph& graph);

/// A contact or denial that rests on one named claimant, or on none but anonymous ones.
struct ThinClaim {
  std::size_t edge = 0;  ///< index into AggregateGraph::edges
  bool anonymous = false;
  std::string source;  ///< the one named claimant's id; empty when anonymous
};

/// The thinly sourced claims of a graph, best supported first (so the weakest read last).
std::vector<ThinClaim> thin_claims(const AggregateGraph& graph);

/// True when a claimant id names someone: not empty and no unnamed group ("officials").
bool named_claimant(const ClaimGraph& graph, const std::string& claimant);

}  // namespace claimgraph
