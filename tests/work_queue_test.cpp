// The queue between a build's stages: order, bounds, closing, and wake-ups in batches that never
// leave a consumer waiting for items that cannot come.

#include "graph/io/work_queue.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <string>
#include <thread>
#include <vector>

using namespace claimgraph;
using namespace std::chrono_literals;

namespace {

/// Every item `queue` gives to a batch consumer until it is closed and drained; the largest
/// batch it took is left in `largest`.
std::vector<int> take_all(WorkQueue<int>& queue, std::size_t& largest) {
  std::vector<int> got;
  largest = 0;
  while (!queue.drained()) {
    auto batch = queue.pop_all_for(10s);
    largest = std::max(largest, batch.size());
    got.insert(got.end(), batch.begin(), batch.end());
  }
  return got;
}

std::vector<int> count_to(int n) {
  std::vector<int> v;
  for (int i = 0; i < n; ++i) v.push_back(i);
  return v;
}

}  // namespace

TEST_CASE("work queue: items come out in order, then nothing once closed and drained") {
  WorkQueue<std::string> queue(4);
  queue.push("a");
  queue.push("b");
  queue.close();
  CHECK(!queue.drained());
  CHECK(queue.pop() == "a");
  CHECK(queue.pop() == "b");
  CHECK(queue.pop() == std::nullopt);
  CHECK(queue.drained());
}

TEST_CASE("work queue: an item heavier than the weight bound passes alone") {
  WorkQueue<std::string> queue(4, 10, [](const std::string& s) { return s.size(); });
  queue.push(std::string(50, 'x'));
  queue.close();
  CHECK(queue.pop()->size() == 50);
}

TEST_CASE("work queue: a batch consumer takes everything queued at once") {
  WorkQueue<int> queue(16, std::numeric_limits<std::size_t>::max(), {}, 4);
  SUBCASE("fewer than a batch are taken once the wait is over") {
    queue.push(1);
    queue.push(2);
    CHECK(queue.pop_all_for(1ms) == std::vector<int>{1, 2});
    CHECK(queue.pop_all_for(1ms).empty());
    CHECK(!queue.drained());
  }
  SUBCASE("closing wakes the consumer for what is left") {
    queue.push(7);
    std::thread closer([&] { queue.close(); });
    CHECK(queue.pop_all_for(10s) == std::vector<int>{7});
    closer.join();
    CHECK(queue.pop_all_for(10s).empty());
    CHECK(queue.drained());
  }
}

TEST_CASE("work queue: producers and consumers on threads of their own, every bound kept") {
  struct Case {
    const char* name;
    std::size_t capacity, max_weight, batch;
  };
  // A batch larger than the queue holds: the consumer is woken by the producer that has to wait
  // (else each take would sit out the ten-second wait and the test would time out).
  const Case cases[] = {{"batch of one", 8, 1000, 1},
                        {"batch larger than the capacity", 4, 1000, 100},
                        {"batch larger than the weight allows", 100, 6, 50}};
  for (const Case& c : cases) {
    SUBCASE(c.name) {
      WorkQueue<int> queue(
          c.capacity, c.max_weight, [](const int&) { return 1; }, c.batch);
      std::thread producer([&] {
        for (int i : count_to(500)) queue.push(i);
        queue.close();
      });
      auto start = std::chrono::steady_clock::now();
      std::size_t largest = 0;
      CHECK(take_all(queue, largest) == count_to(500));
      producer.join();
      CHECK(largest <= std::min(c.capacity, c.max_weight));
      CHECK(std::chrono::steady_clock::now() - start < 5s);
    }
  }
}

TEST_CASE("work queue: several consumers popping one at a time share every item once") {
  WorkQueue<int> queue(8);
  std::vector<int> seen[3];
  std::vector<std::thread> consumers;
  for (auto& mine : seen)
    consumers.emplace_back([&queue, &mine] {
      while (auto item = queue.pop()) mine.push_back(*item);
    });
  for (int i : count_to(1000)) queue.push(i);
  queue.close();
  for (auto& t : consumers) t.join();
  std::vector<int> all;
  for (auto& mine : seen) all.insert(all.end(), mine.begin(), mine.end());
  std::sort(all.begin(), all.end());
  CHECK(all == count_to(1000));
}
