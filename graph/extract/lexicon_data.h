#pragma once
// The lexicon files of data/lexicons, compiled into the library (see scripts/embed_lexicons.cmake).

#include <string_view>
#include <vector>

namespace claimgraph {

/// One embedded file: its name in data/lexicons and its bytes.
struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

/// Every file of data/lexicons, sorted by name.
const std::vector<EmbeddedFile>& embedded_lexicons();

}  // namespace claimgraph
