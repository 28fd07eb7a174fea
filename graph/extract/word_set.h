#pragma once
// A set of lower-case words for the lexicons, looked up by string view. Most look-ups during
// extraction ask for words the set lacks, and a hash set answers each with a walk to scattered
// memory (the costliest symbol of extraction in cycles); a small bit filter in front answers
// most of them from one cache line.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "graph/text/hash.h"

namespace claimgraph {

/// A set of words with a filter that rules out most absent words without the hash set.
class WordSet {
 public:
  /// Adds `word`; false when it was there already.
  bool insert(std::string word);
  /// 1 when `word` is in the set, else 0 (as std::unordered_set::count).
  std::size_t count(std::string_view word) const {
    std::uint64_t h = word_hash(word);
    if (!may_hold(h)) return 0;
    return words_.count(word);
  }
  /// How many words the set holds.
  std::size_t size() const { return words_.size(); }

 private:
  /// Hashes words with word_hash, so views look up strings without copies.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return word_hash(s); }
  };
  /// The two filter bits of hash `h`, from bits the hash set's buckets do not use alone.
  std::size_t bit_a(std::uint64_t h) const { return (h >> 20) & (bits_.size() * 64 - 1); }
  std::size_t bit_b(std::uint64_t h) const { return (h >> 42) & (bits_.size() * 64 - 1); }
  bool test(std::size_t bit) const { return (bits_[bit / 64] >> (bit % 64)) & 1u; }
  void set(std::size_t bit) { bits_[bit / 64] |= std::uint64_t{1} << (bit % 64); }
  /// False when `h` is surely no word's hash; true when it may be.
  bool may_hold(std::uint64_t h) const { return test(bit_a(h)) && test(bit_b(h)); }
  /// Sizes the filter to 16 bits a word or more (under 1% false positives) and fills it.
  void grow_filter();

  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(1);
};

}  // namespace claimgraph
