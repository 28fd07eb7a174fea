// claimgraph build: extract a set of articles on all cores into a graph store (SQLite), one
// writer thread, skipping articles the store already holds unchanged.

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <future>
#include <iostream>
#include <thread>
#include <unordered_set>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/extract/extractor.h"
#include "graph/io/terminal_text.h"
#include "graph/io/work_queue.h"
#include "graph/store/store.h"
#include "graph/store/store_merger.h"
#include "graph/text/mojibake.h"

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

/// An article to extract and the hash it will be stored under.
struct Job {
  Article article;
  std::string hash;
};

/// What the run did, shared by the stages.
struct Tally {
  std::atomic<std::size_t> read{0}, written{0}, unchanged{0}, bytes_done{0};
  std::atomic<std::size_t> failed{0};  ///< articles whose extraction threw
  /// Articles read whose text holds mojibake, which extraction repairs; counted for unchanged
  /// ones too, so a re-build reports what the store's extractions were made from.
  std::size_t repaired = 0;
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

  void show(const Tally& t, bool final) {
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

/// Extracts jobs until the queue closes. An article whose extraction fails is reported and
/// counted; the batch goes on.
void extract_jobs(WorkQueue<Job>& todo, WorkQueue<StoredArticle>& done, const Lexicon& lexicon,
                  Tally& tally) {
  while (auto job = todo.pop()) {
    try {
      done.push({extract_article(job->article, lexicon), job->hash, job->article.text.size()});
    } catch (const std::exception& e) {
      ++tally.failed;
      // One write of the whole line, so lines from other threads never interleave with it.
      std::cerr << ("claimgraph: " + terminal_safe(job->article.id) +
                    ": extraction failed: " + terminal_safe(e.what()) + "\n");
    }
  }
}

/// Most articles one transaction holds. A commit writes every page its articles touched, and
/// the indexes spread those over the file, so larger batches write fewer pages per article
/// (512 rather than 64: a third less of the writer's CPU on the benchmark set).
constexpr std::size_t kBatchArticles = 512;
/// Most article text one transaction holds, so the queue feeding it stays small in memory.
constexpr std::size_t kBatchBytes = 8u << 20;
/// A transaction is committed once no article has come for this long: a build waiting on its
/// input (a pipe) lets readers see what it has read.
constexpr auto kIdleCommit = std::chrono::milliseconds(50);

/// Writes each extracted article as it comes (so the last commit leaves little to do after
/// the extractors finish), committing every kBatchArticles or kBatchBytes and whenever the
/// extractors fall idle; any error stops the writer.
void write_articles(WorkQueue<StoredArticle>& done, GraphStore& store, Tally& tally,
                    std::exception_ptr& error) {
  std::size_t articles = 0, bytes = 0;  // added since the last commit
  auto commit = [&] {
    store.commit();
    tally.bytes_done += bytes;
    tally.written += articles;
    articles = bytes = 0;
  };
  try {
    for (;;) {
      auto a = articles == 0 ? done.pop() : done.pop_for(kIdleCommit);
      if (!a) {
        commit();
        if (done.drained()) break;
        continue;
      }
      store.add(*a);
      ++articles;
      bytes += a->bytes;
      if (articles == kBatchArticles || bytes >= kBatchBytes) commit();
    }
  } catch (...) {
    error = std::current_exception();
    while (done.pop()) {
    }  // drain, so the extractors never block on a dead writer
  }
}

/// The extraction and writer threads of a run, closed and joined however the run ends: a
/// std::thread destroyed while joinable (an exception from reading) aborts the process, losing
/// what the writer had not committed.
struct Threads {
  WorkQueue<Job>& todo;
  WorkQueue<StoredArticle>& done;
  std::vector<std::thread> workers;
  std::thread writer;

  /// Lets the queues drain and waits for every thread; safe to call twice.
  void join() {
    todo.close();
    for (auto& w : workers)
      if (w.joinable()) w.join();
    done.close();
    if (writer.joinable()) writer.join();
  }
  ~Threads() { join(); }
};

/// Copies the articles of the stores among the inputs into `store`, as `merge` would; a store
/// that cannot be read is reported and counted, and the build goes on.
void merge_input_stores(BuildArgs& a, GraphStore& store, Tally& tally) {
  StoreMerger merger(store, {});
  for (const auto& input : a.inputs.take_stores()) {
    if (std::string problem = merger.add_store(input); !problem.empty()) {
      std::cerr << "claimgraph: " << terminal_safe(input) << ": " << terminal_safe(problem) << "\n";
      ++a.inputs.failures;
    }
  }
  merger.flush();
  tally.read += merger.read();
  tally.written += merger.written();
  tally.unchanged += merger.unchanged();
}

int run(BuildArgs& a) {
  // The lexicons take tens of milliseconds to parse: done meanwhile the store opens (a new
  // one waits on the disk for its first syncs) and stores among the inputs are merged.
  auto parsed =
      std::async(std::launch::async, [&]() -> const Lexicon& { return a.inputs.lexicon(); });
  GraphStore store(a.output);
  Tally tally;
  merge_input_stores(a, store, tally);
  const Lexicon& lexicon = parsed.get();
  std::string extractor = extractor_signature(lexicon);
  store.set_setting("extractor", extractor);
  auto stored = store.article_hashes();
  unsigned jobs = a.jobs ? a.jobs : std::max(1u, std::thread::hardware_concurrency());

  WorkQueue<Job> todo(4 * jobs);
  // Room for what the extractors make while the writer commits (a commit of 512 articles takes
  // about as long as extracting 100), so they seldom wait on it; no more, as what the queue
  // holds when the extractors finish is written after them, on one core. Bounded by text too,
  // as a long article's extraction is large.
  WorkQueue<StoredArticle> done(std::max<std::size_t>(4 * jobs, 128), kBatchBytes,
                                [](const StoredArticle& a) { return a.bytes; });
  std::exception_ptr write_error;
  Threads threads{todo, done, {}, {}};
  threads.writer = std::thread(write_articles, std::ref(done), std::ref(store), std::ref(tally),
                               std::ref(write_error));
  for (unsigned i = 0; i < jobs; ++i)
    threads.workers.emplace_back(extract_jobs, std::ref(todo), std::ref(done), std::cref(lexicon),
                                 std::ref(tally));

  Progress progress(!a.quiet && isatty(STDERR_FILENO), input_bytes(a.inputs.inputs));
  std::unordered_set<std::string> seen;
  a.inputs.read([&](Article&& article) {
    ++tally.read;
    if (!seen.insert(article.id).second) {
      std::cerr << "claimgraph: " << terminal_safe(article.id)
                << ": article id seen twice in this run; the later copy is skipped\n";
      ++a.inputs.failures;
      return;
    }
    if (count_mojibake(article.text) > 0) ++tally.repaired;
    std::string hash = article_hash(extractor, article);
    auto it = stored.find(article.id);
    if (it != stored.end() && it->second == hash) {
      ++tally.unchanged;
    } else {
      todo.push({std::move(article), std::move(hash)});
    }
    progress.show(tally, false);
  });
  threads.join();
  if (write_error) std::rethrow_exception(write_error);
  progress.show(tally, true);

  a.inputs.failures += tally.failed;
  StoreCounts counts = store.counts();
  std::cerr << "claimgraph build: " << a.output << ": " << tally.read << " articles read ("
            << tally.written << " new or changed, " << tally.unchanged << " unchanged, "
            << a.inputs.failures << " failed), " << tally.repaired
            << " with mojibake repaired; the store holds " << counts.articles << " articles, "
            << counts.entities << " entities, " << counts.relations << " relations\n";
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
