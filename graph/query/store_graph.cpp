#include "graph/query/store_graph.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "graph/resolve/cross_article.h"
#include "graph/store/store.h"

namespace claimgraph {

namespace {

/// Every article of the store, resolved across articles; `tally` counts them.
ClaimGraph resolve_store(const GraphStore& store, ArticleTally& tally) {
  std::vector<ArticleExtraction> extractions;
  store.read_all([&](ArticleExtraction&& x) {
    ++tally[{x.outlet, x.date}];
    extractions.push_back(std::move(x));
  });
  return build_claim_graph(std::move(extractions), {});
}

/// Saves `graph` to a new temporary file, maps it and removes the name: the mapping lasts as
/// long as the snapshot, and nothing is left behind.
GraphSnapshot temporary_snapshot(const ClaimGraph& graph, const ArticleTally& tally,
                                 const std::string& key) {
  const char* dir = std::getenv("TMPDIR");
  std::string name = std::string(dir && *dir ? dir : "/tmp") + "/claimgraph-graph-XXXXXX";
  int fd = ::mkstemp(name.data());
  if (fd < 0) throw std::runtime_error(name + ": cannot create a temporary file");
  ::close(fd);
  try {
    save_snapshot(graph, key, name, tally);
    auto snapshot = GraphSnapshot::open(name, key);
    ::unlink(name.c_str());
    if (!snapshot) throw std::runtime_error(name + ": the saved graph does not read back");
    return std::move(*snapshot);
  } catch (...) {
    ::unlink(name.c_str());
    throw;
  }
}

}  // namespace

GraphSnapshot open_store_graph(const std::string& store, const std::string& resolver_id) {
  GraphStore opened(store, StoreAccess::read_only);
  std::string generation = opened.setting("generation");
  std::string key = "claimgraph graph 1 resolver " + resolver_id + " store " + generation;
  std::string path = snapshot_path(store);
  if (!generation.empty())
    if (auto saved = GraphSnapshot::open(path, key)) return std::move(*saved);
  ArticleTally tally;
  ClaimGraph graph = resolve_store(opened, tally);
  if (!generation.empty()) {
    try {
      save_snapshot(graph, key, path, tally);
      if (auto saved = GraphSnapshot::open(path, key)) return std::move(*saved);
    } catch (const std::runtime_error&) {
      // A folder the user cannot write: the graph is kept for this query only.
    }
  }
  return temporary_snapshot(graph, tally, key);
}

}  // namespace claimgraph
