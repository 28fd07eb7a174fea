#include "graph/serve/view_cache.h"

namespace claimgraph {

namespace {

/// A view of the relations `filter` keeps.
std::shared_ptr<const FilteredView> make_view(const ClaimGraph& graph,
                                              const RelationFilter& filter) {
  auto view = std::make_shared<FilteredView>();
  view->aggregated = aggregate(graph, filter);
  view->links = links_of(view->aggregated, false);
  view->weighted = links_of(view->aggregated, true);
  return view;
}

}  // namespace

ViewCache::ViewCache(const ClaimGraph& graph, std::size_t capacity)
    : graph_(graph), capacity_(capacity) {
  recent_.emplace_back(filter_key({}), make_view(graph_, {}));
}

std::shared_ptr<const FilteredView> ViewCache::view(const RelationFilter& filter) const {
  std::string key = filter_key(filter);
  {
    std::lock_guard lock(mutex_);
    for (auto it = recent_.begin(); it != recent_.end(); ++it)
      if (it->first == key) {
        recent_.splice(recent_.begin(), recent_, it);
        return recent_.front().second;
      }
  }
  // Aggregated outside the lock, so other requests go on meanwhile; two threads may both make
  // the same view, and the second simply replaces nothing.
  auto made = make_view(graph_, filter);
  std::lock_guard lock(mutex_);
  recent_.emplace_front(key, made);
  if (recent_.size() > capacity_) recent_.pop_back();
  return made;
}

std::string filter_key(const RelationFilter& f) {
  std::string key;
  for (RelationKind k : f.kinds) key += std::string(to_string(k)) + ",";
  key += "|";
  for (Stance s : f.stances) key += std::string(to_string(s)) + ",";
  key += "|";
  for (const auto& o : f.articles.outlets) key += o + "\x1f";
  key += "|" + f.articles.since + "|" + f.articles.until + "|";
  return key + std::to_string(f.min_confidence) + "|" + std::to_string(f.min_outlets);
}

}  // namespace claimgraph
