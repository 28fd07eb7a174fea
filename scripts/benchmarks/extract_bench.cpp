// Extraction throughput: loads every *.txt of a folder into memory, then times
// extract_article over all of them (no file I/O, no JSON output), several rounds; reports the
// best round's MB/s and articles/s and the process's peak memory. Beside it, the practical
// limit: reading the same files and UTF-8-decoding every code point, best of as many rounds,
// and the ratio of the two; and the floor of any word-level extractor (word_floor.h) over the
// same articles, to show how much of that ratio is reading words at all.
// Usage: extract_bench <folder> [rounds]

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

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
#include "graph/text/utf8.h"
#include "scripts/benchmarks/word_floor.h"

namespace fs = std::filesystem;
using namespace claimgraph;

namespace {

/// The *.txt files under `folder`, the articles extract_bench times.
std::vector<std::string> text_files(const std::string& folder) {
  std::vector<std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().extension() == ".txt")
      out.push_back(entry.path().string());
  return out;
}

/// Seconds to read every file (page cache, one read() per buffer) and decode every code point
/// with the decoder the extractor uses: what no extraction of these bytes can beat.
double read_and_decode(const std::vector<std::string>& files, std::size_t& bytes) {
  auto start = std::chrono::steady_clock::now();
  std::string buffer;
  char32_t sum = 0;
  bytes = 0;
  for (const auto& path : files) {
    int fd = open(path.c_str(), O_RDONLY);
    if (fd < 0) continue;
    buffer.resize(static_cast<std::size_t>(lseek(fd, 0, SEEK_END)));
    ssize_t got = pread(fd, buffer.data(), buffer.size(), 0);
    close(fd);
    buffer.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    bytes += buffer.size();
    for (std::size_t i = 0; i < buffer.size();) {
      Decoded d = decode_utf8(buffer, i);
      sum += d.cp;
      i += d.length;
    }
  }
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  if (sum == 1) std::printf(" ");  // keeps the decoding from being optimised away
  return took.count();
}

/// Seconds of the word floor's pass over every article's text.
double word_floor_seconds(const std::vector<Article>& articles) {
  auto start = std::chrono::steady_clock::now();
  std::string lower;
  std::uint64_t sum = 0;
  for (const auto& a : articles) sum += bench::word_floor(a.text, lower);
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  if (sum == 1) std::printf(" ");  // keeps the pass from being optimised away
  return took.count();
}

}  // namespace

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
  auto files = text_files(argv[1]);
  std::size_t raw_bytes = 0;
  double raw = 1e30;
  for (int r = 0; r < rounds; ++r) raw = std::min(raw, read_and_decode(files, raw_bytes));
  double floor = 1e30;
  for (int r = 0; r < rounds; ++r) floor = std::min(floor, word_floor_seconds(articles));
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "articles %zu, %.2f MB, best of %d rounds %.3f s: %.1f MB/s, %.0f articles/s, %zu relations, "
      "peak RSS %.1f MB\n",
      articles.size(), bytes / 1e6, rounds, best, bytes / 1e6 / best, articles.size() / best,
      relations, usage.ru_maxrss / 1024.0);
  std::printf(
      "read + UTF-8 decode of the same %zu files (%.2f MB), best of %d: %.4f s: %.1f MB/s; "
      "extraction takes %.1fx as long\n",
      files.size(), raw_bytes / 1e6, rounds, raw, raw_bytes / 1e6 / raw,
      best / raw * raw_bytes / std::max<std::size_t>(bytes, 1));
  std::printf(
      "word floor (split into words, lower-case, hash each) of the same articles, best of %d: "
      "%.4f s: %.1f MB/s; %.1fx the decoding; extraction takes %.1fx as long\n",
      rounds, floor, bytes / 1e6 / floor, floor / raw * raw_bytes / std::max<std::size_t>(bytes, 1),
      best / floor);
  return 0;
}
