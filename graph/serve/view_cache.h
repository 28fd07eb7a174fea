#pragma once
// The aggregated graph each filter sees, kept for the filters asked for most recently: a
// neighbourhood or path request then costs a search, not a pass over every relation, and the
// unfiltered view is made once at start-up.

#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "graph/query/aggregate.h"
#include "graph/query/links.h"

namespace claimgraph {

/// The relations a filter keeps, aggregated, with their unweighted links for searches.
struct FilteredView {
  AggregateGraph aggregated;
  Links links;
  Links weighted;  ///< costed by corroboration, for weighted paths
};

/// The views of one graph by filter; safe to use from the server's threads at once.
class ViewCache {
 public:
  /// Views of `graph`, which must outlive the cache; the unfiltered one is made now.
  explicit ViewCache(const ClaimGraph& graph, std::size_t capacity = 8);
  /// The view of `filter`, made when it is not among the recent ones.
  std::shared_ptr<const FilteredView> view(const RelationFilter& filter) const;

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const FilteredView>>;
  const ClaimGraph& graph_;
  std::size_t capacity_;
  mutable std::mutex mutex_;
  mutable std::list<Entry> recent_;  ///< most recently used first
};

/// A text that two filters share exactly when they keep the same relations.
std::string filter_key(const RelationFilter& filter);

}  // namespace claimgraph
