#include "graph/text/hash.h"

#include <cstdint>
#include <cstdio>

namespace claimgraph {

std::string content_hash(const std::vector<std::string_view>& parts) {
  std::uint64_t h = 1469598103934665603ull;
  for (auto part : parts) {
    for (unsigned char c : part) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;  // 0xff never occurs in UTF-8: a part separator
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

}  // namespace claimgraph
