#pragma once
// The floor of any word-level extractor, for the benchmarks to set the extraction against: one
// pass that splits the text into runs of letters, lower-cases each into a buffer and hashes it,
// the first step of every word-list look-up. No sentences, names, cues, model or relations.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "graph/text/hash.h"

namespace claimgraph::bench {

/// True for the bytes of a word in the floor's pass: ASCII letters and every non-ASCII byte.
inline bool floor_letter(unsigned char byte) { return (byte | 0x20u) - 'a' < 26u || byte >= 0x80; }

/// Runs the floor's pass over `text`, with `lower` as its buffer; returns the words' hashes
/// added up (so the work cannot be optimised away).
inline std::uint64_t word_floor(std::string_view text, std::string& lower) {
  lower.resize(text.size());
  std::uint64_t sum = 0;
  std::size_t i = 0, n = text.size();
  while (i < n) {
    if (!floor_letter(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t begin = i;
    for (; i < n && floor_letter(static_cast<unsigned char>(text[i])); ++i) {
      auto byte = static_cast<unsigned char>(text[i]);
      lower[i] = static_cast<char>(unsigned(byte) - 'A' < 26u ? byte + 32 : byte);
    }
    sum += word_hash({lower.data() + begin, i - begin});
  }
  return sum;
}

}  // namespace claimgraph::bench
