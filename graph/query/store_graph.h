#pragma once
// A store's resolved graph for queries: the one saved beside the store when it is current,
// otherwise made from the store's articles and saved, so only the first query after a build
// reads and resolves every article.

#include <optional>
#include <string>

#include "graph/query/snapshot.h"

namespace claimgraph {

/// The resolved graph of the store at `store`. Opened from beside the store when it was saved
/// from the store's current generation by this resolver (`resolver_id`); otherwise made from
/// every article and saved there (or, when the folder is not writable or the store has no
/// generation, kept in a temporary file that is gone once the process ends).
GraphSnapshot open_store_graph(const std::string& store, const std::string& resolver_id);

}  // namespace claimgraph
