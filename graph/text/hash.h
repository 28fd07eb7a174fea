#pragma once
// A stable content hash for change detection (not for security): same bytes, same hash, on
// every run and machine.

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// A 64-bit XXH3 hash of `parts`, as 16 hex digits; the parts are kept apart, so
/// ("ab", "c") and ("a", "bc") differ.
std::string content_hash(const std::vector<std::string_view>& parts);

}  // namespace claimgraph
