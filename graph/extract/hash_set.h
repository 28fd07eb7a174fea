#pragma once
// A set of 64-bit hashes in one flat array (open addressing): a look-up is a probe or two in
// contiguous memory, where std::unordered_set walks to a bucket and then to a node.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimgraph {

/// A set of well-mixed 64-bit hashes, at most half full.
class HashSet {
 public:
  /// Adds `h`.
  void insert(std::uint64_t h) {
    h = stored(h);
    if (2 * (count_ + 1) > slots_.size()) grow();
    std::uint64_t& slot = slots_[slot_of(h)];
    if (slot == 0) ++count_;
    slot = h;
  }
  /// 1 when `h` was inserted, else 0.
  std::size_t count(std::uint64_t h) const {
    h = stored(h);
    return slots_[slot_of(h)] == h ? 1 : 0;
  }

 private:
  /// 0 marks an empty slot, so a hash of 0 is kept as 1 (the set answers for both).
  static std::uint64_t stored(std::uint64_t h) { return h ? h : 1; }
  /// The slot holding `h`, or the empty one where it would go.
  std::size_t slot_of(std::uint64_t h) const {
    std::size_t mask = slots_.size() - 1, k = h & mask;
    while (slots_[k] != 0 && slots_[k] != h) k = (k + 1) & mask;
    return k;
  }
  void grow() {
    std::vector<std::uint64_t> old(slots_.size() * 2);
    old.swap(slots_);
    for (std::uint64_t h : old)
      if (h) slots_[slot_of(h)] = h;
  }

  std::vector<std::uint64_t> slots_ = std::vector<std::uint64_t>(16);
  std::size_t count_ = 0;
};

}  // namespace claimgraph
