// Extraction throughput: loads every *.txt of a folder into memory, then times
// extract_article over all of them (no file I/O, no JSON output), several rounds; reports the
// best round's MB/s and articles/s and the process's peak memory.
// Usage: extract_bench <folder> [rounds]

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "graph/extract/extractor.h"
#include "graph/io/input.h"

namespace fs = std::filesystem;
using namespace claimgraph;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: extract_bench <folder> [rounds]\n";
    return 2;
  }
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<Article> articles;
  std::size_t bytes = 0;
  ArticleSink sink{[&](Article&& a) {
                     bytes += a.text.size();
                     articles.push_back(std::move(a));
                   },
                   [](const InputError& e) { std::cerr << e.input << ": " << e.message << "\n"; }};
  std::istringstream none;
  read_inputs({argv[1]}, none, sink);
  const Lexicon& lexicon = Lexicon::builtin();
  double best = 1e30;
  std::size_t relations = 0;
  for (int r = 0; r < rounds; ++r) {
    auto start = std::chrono::steady_clock::now();
    relations = 0;
    for (const auto& a : articles) relations += extract_article(a, lexicon).relations.size();
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "articles %zu, %.2f MB, best of %d rounds %.3f s: %.1f MB/s, %.0f articles/s, %zu relations, "
      "peak RSS %.1f MB\n",
      articles.size(), bytes / 1e6, rounds, best, bytes / 1e6 / best, articles.size() / best,
      relations, usage.ru_maxrss / 1024.0);
  return 0;
}
