#include "graph/text/hash.h"

#include <xxhash.h>

#include <cstdint>
#include <cstdio>
#include <memory>

namespace claimgraph {

std::string content_hash(const std::vector<std::string_view>& parts) {
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(),
                                                                 &XXH3_freeState);
  if (!state || XXH3_64bits_reset(state.get()) != XXH_OK) throw std::bad_alloc();
  static constexpr char kSeparator = '\xff';  // never occurs in UTF-8, so parts cannot run together
  for (auto part : parts) {
    XXH3_64bits_update(state.get(), part.data(), part.size());
    XXH3_64bits_update(state.get(), &kSeparator, 1);
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx",
                static_cast<unsigned long long>(XXH3_64bits_digest(state.get())));
  return out;
}

}  // namespace claimgraph
