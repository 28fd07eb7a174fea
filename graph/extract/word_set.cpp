#include "graph/extract/word_set.h"

namespace claimgraph {

bool WordSet::insert(std::string word) {
  std::uint64_t h = word_hash(word);
  if (!words_.insert(std::move(word)).second) return false;
  if (words_.size() * 16 > bits_.size() * 64) {
    grow_filter();
  } else {
    set(bit_a(h));
    set(bit_b(h));
  }
  return true;
}

void WordSet::grow_filter() {
  std::size_t words = bits_.size();
  while (words * 64 < words_.size() * 16) words *= 2;
  bits_.assign(words, 0);
  for (const auto& w : words_) {
    std::uint64_t h = word_hash(w);
    set(bit_a(h));
    set(bit_b(h));
  }
}

}  // namespace claimgraph
