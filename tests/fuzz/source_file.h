#pragma once
// The bytes of a file of the source tree (data/examples), which targets build their fixed
// material from: the example article, the store the examples make.

#include <fstream>
#include <sstream>
#include <string>

namespace claimgraph::fuzz {

/// The contents of `rel` under the source tree, or empty when it cannot be read.
inline std::string source_file(const std::string& rel) {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace claimgraph::fuzz
