#pragma once
// A stable content hash for change detection (not for security): same bytes, same hash, on
// every run and machine.

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// A 64-bit XXH3 hash of `parts`, as 16 hex digits; the parts are kept apart, so
/// ("ab", "c") and ("a", "bc") differ.
std::string content_hash(const std::vector<std::string_view>& parts);

/// A fast 64-bit hash of a short string (a word), eight bytes at a time: the same on every
/// machine and library, so the cue model's shipped weights keep their meaning.
inline std::uint64_t word_hash(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  auto mix = [&h](std::uint64_t chunk) {
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  };
  std::size_t k = 0;
  for (; k + 8 <= s.size(); k += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, s.data() + k, 8);
    if constexpr (std::endian::native == std::endian::big) chunk = __builtin_bswap64(chunk);
    mix(chunk);
  }
  if (k < s.size()) {
    std::uint64_t chunk = 0;  // the tail, little-endian like the full chunks
    for (std::size_t b = 0; k + b < s.size(); ++b)
      chunk |= std::uint64_t(static_cast<unsigned char>(s[k + b])) << (8 * b);
    mix(chunk);
  }
  return h;
}

}  // namespace claimgraph
