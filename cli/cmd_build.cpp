// claimgraph build: extract a set of articles on all cores into a graph store (SQLite), one
// writer thread, skipping articles the store already holds unchanged.

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/extract/extractor.h"
#include "graph/io/terminal_text.h"
#include "graph/store/batch_build.h"
#include "graph/store/store.h"
#include "graph/store/store_merger.h"

namespace claimgraph::cli {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct BuildArgs {
  InputOptions inputs;
  std::string output;
  unsigned jobs = 0;
  bool quiet = false;
};

/// Bytes of the regular files under the inputs: the denominator of the ETA (0 if unknown).
std::uintmax_t input_bytes(const std::vector<std::string>& inputs) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (const auto& input : inputs) {
    if (fs::is_regular_file(input, ec)) total += fs::file_size(input, ec);
    if (!fs::is_directory(input, ec)) continue;
    for (fs::recursive_directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

/// A one-line progress report redrawn in place on a terminal.
class Progress {
 public:
  Progress(bool enabled, std::uintmax_t total_bytes) : enabled_(enabled), total_(total_bytes) {}

  void show(const BuildTally& t, bool final) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double done = static_cast<double>(t.bytes_done);
    double rate = seconds > 0 ? t.written / seconds : 0;
    std::fprintf(stderr, "\r%zu articles written, %zu unchanged  %.0f articles/s  %.1f MB/s",
                 t.written.load(), t.unchanged.load(), rate,
                 seconds > 0 ? done / seconds / 1e6 : 0);
    if (total_ > 0 && done > 0 && !final)
      std::fprintf(stderr, "  ETA %.0f s ", seconds * (static_cast<double>(total_) - done) / done);
    std::fprintf(stderr, final ? "\n" : "   ");
  }

 private:
  bool enabled_;
  std::uintmax_t total_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_{};
};

/// What the stores among the inputs brought.
struct MergeCounts {
  std::size_t read = 0, written = 0, unchanged = 0;
};

/// Copies the articles of the stores among the inputs into `store`, as `merge` would; a store
/// that cannot be read is reported and counted, and the build goes on.
MergeCounts merge_input_stores(BuildArgs& a, GraphStore& store) {
  StoreMerger merger(store, {});
  for (const auto& input : a.inputs.take_stores()) {
    if (std::string problem = merger.add_store(input); !problem.empty()) {
      std::cerr << "claimgraph: " << terminal_safe(input) << ": " << terminal_safe(problem) << "\n";
      ++a.inputs.failures;
    }
  }
  merger.flush();
  return {merger.read(), merger.written(), merger.unchanged()};
}

int run(BuildArgs& a) {
  // The lexicons take tens of milliseconds to parse: done meanwhile the store opens (a new
  // one waits on the disk for its first syncs), stores among the inputs are merged and the
  // articles are read and hashed; the extractors wait for them, an unchanged re-run never does.
  std::shared_future<const Lexicon*> parsed =
      std::async(std::launch::async, [&] { return &a.inputs.lexicon(); });
  GraphStore store(a.output);
  MergeCounts merged = merge_input_stores(a, store);
  // The built-in lexicons' fingerprint needs no parse; a --lexicons folder's comes with its
  // parse (whose error, if any, is reported here, once).
  std::string extractor = extractor_signature(
      a.inputs.lexicon_dir.empty() ? Lexicon::builtin_fingerprint() : parsed.get()->fingerprint());
  store.set_setting("extractor", extractor);
  unsigned jobs = a.jobs ? a.jobs : std::max(1u, std::thread::hardware_concurrency());
  // One write of the whole line, so lines from the build's threads never interleave.
  BatchBuild build(
      store, [parsed]() -> const Lexicon& { return *parsed.get(); }, extractor, jobs,
      [](const std::string& id, const std::string& why) {
        std::cerr << ("claimgraph: " + terminal_safe(id) + ": " + terminal_safe(why) + "\n");
      });
  Progress progress(!a.quiet && isatty(STDERR_FILENO), input_bytes(a.inputs.inputs));
  a.inputs.read([&](Article&& article) {
    build.add(std::move(article));
    progress.show(build.tally(), false);
  });
  build.finish();
  const BuildTally& tally = build.tally();
  progress.show(tally, true);

  a.inputs.failures += tally.failed + tally.duplicates;
  StoreCounts counts = store.counts();
  std::cerr << "claimgraph build: " << a.output << ": " << merged.read + tally.read
            << " articles read (" << merged.written + tally.written << " new or changed, "
            << merged.unchanged + tally.unchanged << " unchanged, " << a.inputs.failures
            << " failed), " << tally.repaired << " with mojibake repaired; the store holds "
            << counts.articles << " articles, " << counts.entities << " entities, "
            << counts.relations << " relations\n";
  return a.inputs.failures ? kInputsFailed : kOk;
}

}  // namespace

Runner setup_build(CLI::App& sub) {
  auto a = std::make_shared<BuildArgs>();
  add_input_options(sub, a->inputs);
  sub.add_option("-o,--output", a->output, "The graph store (SQLite) to create or update")
      ->required();
  sub.add_option("-j,--jobs", a->jobs, "Extraction threads")->default_str("all cores");
  sub.add_flag("-q,--quiet", a->quiet, "No progress line, even on a terminal");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
