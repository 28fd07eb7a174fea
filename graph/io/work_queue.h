#pragma once
// A bounded, closable queue between pipeline stages (reader -> extractors -> writer): a full
// queue makes the producer wait, so memory stays flat however large the batch.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>

namespace claimgraph {

/// A blocking FIFO of at most `capacity` items, and of at most `max_weight` of their summed
/// weights (an item alone may exceed it, so every item fits); pop returns nothing once closed
/// and drained.
template <typename T>
class WorkQueue {
 public:
  /// How much of `max_weight` an item takes (bytes, say).
  using Weigh = std::function<std::size_t(const T&)>;

  explicit WorkQueue(std::size_t capacity,
                     std::size_t max_weight = std::numeric_limits<std::size_t>::max(),
                     Weigh weigh = {})
      : capacity_(capacity), max_weight_(max_weight), weigh_(std::move(weigh)) {}

  /// Adds an item, waiting while the queue is full.
  void push(T item) {
    std::size_t w = weigh_ ? weigh_(item) : 0;
    std::unique_lock lock(mutex_);
    not_full_.wait(lock, [&] {
      return items_.empty() || (items_.size() < capacity_ && weight_ + w <= max_weight_);
    });
    weight_ += w;
    items_.push_back({std::move(item), w});
    not_empty_.notify_one();
  }

  /// Takes the oldest item, waiting for one; nothing when closed and empty.
  std::optional<T> pop() {
    std::unique_lock lock(mutex_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    return take();
  }

  /// Takes the oldest item, waiting at most `wait` for one; nothing when none came in time or
  /// the queue is closed and empty (drained() tells which).
  std::optional<T> pop_for(std::chrono::milliseconds wait) {
    std::unique_lock lock(mutex_);
    not_empty_.wait_for(lock, wait, [&] { return !items_.empty() || closed_; });
    return take();
  }

  /// True once the queue is closed and empty: pop will never give an item again.
  bool drained() {
    std::lock_guard lock(mutex_);
    return closed_ && items_.empty();
  }

  /// No more items will come: waiting consumers wake up and drain what is left.
  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  /// An item and the weight it was pushed with.
  struct Slot {
    T item;
    std::size_t weight;
  };

  /// The oldest item, if any, with the lock held; wakes a waiting producer.
  std::optional<T> take() {
    if (items_.empty()) return std::nullopt;
    Slot slot = std::move(items_.front());
    items_.pop_front();
    weight_ -= slot.weight;
    not_full_.notify_one();
    return std::move(slot.item);
  }

  std::size_t capacity_;
  std::size_t max_weight_;
  Weigh weigh_;
  std::size_t weight_ = 0;
  std::deque<Slot> items_;
  bool closed_ = false;
  std::mutex mutex_;
  std::condition_variable not_full_, not_empty_;
};

}  // namespace claimgraph
