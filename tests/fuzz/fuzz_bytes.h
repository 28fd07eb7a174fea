#pragma once
// The fuzzer's bytes taken apart into the choices a target makes: numbers, short strings and
// the rest, never reading past the end (an exhausted input gives zeros and empty strings).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimgraph::fuzz {

/// Reads choices from the front of a fuzz input.
class FuzzBytes {
 public:
  /// Reads from the `size` bytes at `data`.
  FuzzBytes(const std::uint8_t* data, std::size_t size)
      : rest_(reinterpret_cast<const char*>(data), size) {}

  /// True when every byte has been taken.
  bool empty() const { return rest_.empty(); }
  /// The next byte, or 0 at the end.
  std::uint8_t byte() {
    if (rest_.empty()) return 0;
    auto b = static_cast<std::uint8_t>(rest_.front());
    rest_.remove_prefix(1);
    return b;
  }
  /// A number below `bound` (which must be positive) from the next byte.
  std::size_t below(std::size_t bound) { return byte() % bound; }
  /// A 32-bit number from the next four bytes.
  std::uint32_t u32() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = v << 8 | byte();
    return v;
  }
  /// A 64-bit number from the next eight bytes.
  std::uint64_t u64() { return std::uint64_t{u32()} << 32 | u32(); }
  /// A string whose length (at most 255) the next byte gives.
  std::string string() { return take(byte()); }
  /// The next `n` bytes (fewer at the end).
  std::string take(std::size_t n) {
    std::string s(rest_.substr(0, n));
    rest_.remove_prefix(s.size());
    return s;
  }
  /// Everything not taken yet.
  std::string rest() { return take(rest_.size()); }

 private:
  std::string_view rest_;
};

}  // namespace claimgraph::fuzz
