// The word hash: its values are part of the shipped cue model (features are hashed words), so
// they must never change, whichever way the bytes are read.
#include "graph/text/hash.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <utility>

using namespace claimgraph;

namespace {

/// The tail as the first implementation read it, byte by byte: the reference for word_tail.
std::uint64_t tail_byte_by_byte(const char* p, std::size_t n) {
  std::uint64_t chunk = 0;
  for (std::size_t b = 0; b < n; ++b)
    chunk |= std::uint64_t(static_cast<unsigned char>(p[b])) << (8 * b);
  return chunk;
}

}  // namespace

TEST_CASE("word_hash: the values the cue model was trained with") {
  const std::pair<const char*, std::uint64_t> pinned[] = {
      {"", 0x9e3779b97f4a7c15ull},
      {"a", 0x978edaae6d412cd3ull},
      {"ab", 0xecad11818bbdb246ull},
      {"abc", 0x76f49f6b3f1a4828ull},
      {"said", 0x20973f41a9de9b51ull},
      {"trump", 0x3b51e1f02e2319a4ull},
      {"kremlin", 0x71d1d341b81414f3ull},
      {"campaign", 0x5d28b866468f76c3ull},
      {"spokesperson", 0x73a0d4b75d00e41full},
      {"\xC3\xA9lys\xC3\xA9"
       "e",
       0xd18f0efe52063e91ull},
      {"deputy foreign minister", 0x3e26ca7724d4ddccull},
  };
  for (const auto& [word, hash] : pinned) {
    CAPTURE(word);
    CHECK(word_hash(word) == hash);
  }
}

TEST_CASE("word_tail: every tail length reads the bytes the byte-by-byte loop read") {
  // Bytes with the high bit set too, so no sign extension hides.
  const std::string bytes = "\x01\x80\xff\x7f\x10\xfe\x55\xaa";
  for (std::size_t n = 1; n < 8; ++n) {
    for (std::size_t from = 0; from + n <= bytes.size(); ++from) {
      CAPTURE(n);
      CAPTURE(from);
      CHECK(word_tail(bytes.data() + from, n) == tail_byte_by_byte(bytes.data() + from, n));
    }
  }
}
