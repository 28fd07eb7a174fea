#include "graph/serve/explorer_graph.h"

#include <vector>

#include "graph/resolve/cross_article.h"
#include "graph/store/store.h"

namespace claimgraph {

ExplorerGraph load_explorer_graph(const std::string& store) {
  GraphStore opened(store, StoreAccess::read_only);
  ExplorerGraph out;
  std::vector<ArticleExtraction> extractions;
  opened.read_all([&](ArticleExtraction&& x) {
    out.articles.add(x);
    extractions.push_back(std::move(x));
  });
  out.article_count = extractions.size();
  // No alias rules: the same graph the query commands answer over a store.
  out.graph = build_claim_graph(std::move(extractions), {});
  return out;
}

}  // namespace claimgraph
