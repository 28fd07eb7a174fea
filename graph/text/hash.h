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

/// The last `n` (1 to 7) bytes of a word as a little-endian number, zero above them: read in
/// two overlapping loads rather than byte by byte, as most words end in such a tail.
inline std::uint64_t word_tail(const char* p, std::size_t n) {
  auto byte = [p](std::size_t k) { return std::uint64_t(static_cast<unsigned char>(p[k])); };
  if (n < 4)  // bytes 0, n/2 and n-1 cover 1 to 3 bytes
    return byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
  std::uint32_t low, high;  // bytes [0, 4) and [n-4, n), overlapping for n < 8
  std::memcpy(&low, p, 4);
  std::memcpy(&high, p + n - 4, 4);
  if constexpr (std::endian::native == std::endian::big) {
    low = __builtin_bswap32(low);
    high = __builtin_bswap32(high);
  }
  return std::uint64_t(low) | std::uint64_t(high) << (8 * (n - 4));
}

/// The state of word_hash over a word of `size` bytes, fed eight bytes at a time (the last
/// chunk as word_tail gives it): for callers that hash a word while they write it.
class WordHasher {
 public:
  explicit WordHasher(std::size_t size) : h_(0x9E3779B97F4A7C15ull ^ size) {}
  /// Mixes in the next chunk.
  void add(std::uint64_t chunk) {
    h_ = (h_ ^ chunk) * 0xBF58476D1CE4E5B9ull;
    h_ ^= h_ >> 31;
  }
  /// The hash of the chunks so far.
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_;
};

/// Eight bytes at `p` as a little-endian number.
inline std::uint64_t word_chunk(const char* p) {
  std::uint64_t chunk;
  std::memcpy(&chunk, p, 8);
  if constexpr (std::endian::native == std::endian::big) chunk = __builtin_bswap64(chunk);
  return chunk;
}

/// A fast 64-bit hash of a short string (a word), eight bytes at a time: the same on every
/// machine and library, so the cue model's shipped weights keep their meaning.
inline std::uint64_t word_hash(std::string_view s) {
  WordHasher hasher(s.size());
  std::size_t k = 0;
  for (; k + 8 <= s.size(); k += 8) hasher.add(word_chunk(s.data() + k));
  if (k < s.size()) hasher.add(word_tail(s.data() + k, s.size() - k));
  return hasher.value();
}

}  // namespace claimgraph
