#pragma once
// What `claimgraph --version` prints: the release, the signatures that decide when stored work
// is redone, and the libraries linked in, so a bug report says exactly what ran.

#include <string>

namespace claimgraph::cli {

/// The --version text: several lines, the last without its newline (CLI11 adds it).
std::string version_text();

}  // namespace claimgraph::cli
