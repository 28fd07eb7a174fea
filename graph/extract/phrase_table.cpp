#include "graph/extract/phrase_table.h"

namespace claimgraph {

std::vector<std::pair<std::string, bool>> phrase_tokens(std::string_view phrase) {
  Document doc(phrase, [](std::string_view) { return false; });
  std::vector<std::pair<std::string, bool>> out;
  out.reserve(doc.size());
  for (std::size_t i = 0; i < doc.size(); ++i)
    out.emplace_back(doc.lower(i), doc.token(i).capitalized);
  return out;
}

}  // namespace claimgraph
