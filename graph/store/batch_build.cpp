#include "graph/store/batch_build.h"

#include <chrono>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/extract/extractor.h"
#include "graph/io/work_queue.h"
#include "graph/store/store.h"
#include "graph/text/hash.h"
#include "graph/text/mojibake.h"

namespace claimgraph {

namespace {

/// An article to extract, the hash it will be stored under, and whether the store may hold an
/// earlier version of it.
struct Job {
  Article article;
  std::string hash;
  GraphStore::Earlier earlier;
};

/// An extracted article on its way to the writer.
struct Extracted {
  StoredArticle article;
  GraphStore::Earlier earlier;
};

/// Most articles one transaction holds. A commit writes every page its articles touched, and
/// the indexes spread those over the file, so larger batches write fewer pages per article
/// (512 rather than 64: a third less of the writer's CPU on the benchmark set).
constexpr std::size_t kBatchArticles = 512;
/// Most article text one transaction holds, so the queue feeding it stays small in memory.
constexpr std::size_t kBatchBytes = 8u << 20;
/// A transaction is committed once no article has come for this long: a build waiting on its
/// input (a pipe) lets readers see what it has read.
constexpr auto kIdleCommit = std::chrono::milliseconds(50);
/// Extracted articles the writer is woken for: it writes faster than the extractors extract,
/// so woken for each it slept and woke once an article (8,000 context switches in a build of
/// 2,444 articles, a tenth of its CPU in the kernel).
constexpr std::size_t kWriterWakeBatch = 16;
/// Articles waiting for an extractor: the reader refills the queue when it is half empty, so
/// this many halved is how many articles it reads each time it wakes.
constexpr std::size_t kQueuedPerJob = 32;

}  // namespace

std::string article_hash(const std::string& signature, const Article& article) {
  return content_hash(
      {signature, article.text, article.title, article.outlet, article.date, article.url});
}

struct BatchBuild::Impl {
  Impl(GraphStore& store, LexiconSource lexicon, std::string signature, unsigned jobs,
       SkippedArticle skipped);

  /// Extracts jobs until the queue closes; an article whose extraction throws is skipped. The
  /// lexicons are asked for at the first job; when that throws, the rest are drained unread.
  void extract_jobs();
  /// The lexicons, from the source; the first error is kept for finish().
  const Lexicon* lexicon_or_error();
  /// Writes each extracted article as it comes (so the last commit leaves little to do after
  /// the extractors finish), committing every kBatchArticles or kBatchBytes and whenever the
  /// extractors fall idle; any error stops the writer.
  void write_articles();
  /// Commits what the writer added since its last commit.
  void commit(std::size_t& articles, std::size_t& bytes);
  /// Lets the queues drain and waits for every thread; safe to call twice.
  void join();

  GraphStore& store;
  LexiconSource lexicon;
  std::string signature;
  SkippedArticle skipped;
  std::unordered_map<std::string, std::string> stored;  ///< id -> hash, as the store holds them
  std::unordered_set<std::string> seen;                 ///< ids added in this build
  BuildTally tally;
  WorkQueue<Job> todo;
  WorkQueue<Extracted> done;
  std::exception_ptr write_error;
  std::mutex lexicon_error_mutex;
  std::exception_ptr lexicon_error;  ///< what the lexicon source threw, first time
  std::vector<std::thread> workers;
  std::thread writer;
};

BatchBuild::Impl::Impl(GraphStore& store, LexiconSource lexicon, std::string signature,
                       unsigned jobs, SkippedArticle skipped)
    : store(store),
      lexicon(std::move(lexicon)),
      signature(std::move(signature)),
      skipped(std::move(skipped)),
      stored(store.article_hashes()),
      todo(kQueuedPerJob * jobs, kBatchBytes,
           [](const Job& job) { return job.article.text.size(); }),
      // Room for what the extractors make while the writer commits (a commit of 512 articles
      // takes about as long as extracting 100), so they seldom wait on it; no more, as what the
      // queue holds when the extractors finish is written after them, on one core. Bounded by
      // text too, as a long article's extraction is large.
      done(
          std::max<std::size_t>(4 * jobs, 128), kBatchBytes,
          [](const Extracted& x) { return x.article.bytes; }, kWriterWakeBatch) {
  writer = std::thread([this] { write_articles(); });
  for (unsigned i = 0; i < jobs; ++i) workers.emplace_back([this] { extract_jobs(); });
}

const Lexicon* BatchBuild::Impl::lexicon_or_error() {
  try {
    return &lexicon();
  } catch (...) {
    std::lock_guard lock(lexicon_error_mutex);
    if (!lexicon_error) lexicon_error = std::current_exception();
    return nullptr;
  }
}

void BatchBuild::Impl::extract_jobs() {
  const Lexicon* lexicons = nullptr;
  while (auto job = todo.pop()) {
    if (!lexicons && !(lexicons = lexicon_or_error())) {
      while (todo.pop()) {
      }  // drain, so the reader never blocks on extractors that cannot extract
      return;
    }
    try {
      done.push({{extract_article(job->article, *lexicons), job->hash, job->article.text.size()},
                 job->earlier});
    } catch (const std::exception& e) {
      ++tally.failed;
      skipped(job->article.id, std::string("extraction failed: ") + e.what());
    }
  }
}

void BatchBuild::Impl::commit(std::size_t& articles, std::size_t& bytes) {
  store.commit();
  tally.bytes_done += bytes;
  tally.written += articles;
  articles = bytes = 0;
}

void BatchBuild::Impl::write_articles() {
  std::size_t articles = 0, bytes = 0;  // added since the last commit
  try {
    for (;;) {
      auto batch = done.pop_all_for(kIdleCommit);
      if (batch.empty()) {
        commit(articles, bytes);
        if (done.drained()) break;
        continue;
      }
      for (Extracted& a : batch) {
        store.add(a.article, a.earlier);
        ++articles;
        bytes += a.article.bytes;
        if (articles == kBatchArticles || bytes >= kBatchBytes) commit(articles, bytes);
      }
    }
  } catch (...) {
    write_error = std::current_exception();
    while (done.pop()) {
    }  // drain, so the extractors never block on a dead writer
  }
}

void BatchBuild::Impl::join() {
  todo.close();
  for (auto& w : workers)
    if (w.joinable()) w.join();
  done.close();
  if (writer.joinable()) writer.join();
}

BatchBuild::BatchBuild(GraphStore& store, LexiconSource lexicon, std::string signature,
                       unsigned jobs, SkippedArticle skipped)
    : impl_(std::make_unique<Impl>(store, std::move(lexicon), std::move(signature),
                                   std::max(1u, jobs), std::move(skipped))) {}

// A std::thread destroyed while joinable aborts the process, losing what the writer had not
// committed: the threads are always joined.
BatchBuild::~BatchBuild() { impl_->join(); }

void BatchBuild::add(Article&& article) {
  Impl& b = *impl_;
  ++b.tally.read;
  if (!b.seen.insert(article.id).second) {
    ++b.tally.duplicates;
    return b.skipped(article.id, "article id seen twice in this run; the later copy is skipped");
  }
  if (count_mojibake(article.text) > 0) ++b.tally.repaired;
  std::string hash = article_hash(b.signature, article);
  auto it = b.stored.find(article.id);
  if (it != b.stored.end() && it->second == hash) {
    ++b.tally.unchanged;
    return;
  }
  // An id the store did not hold when the build began, seen for the first time, has no rows to
  // replace: its writer skips looking for them (four deletes an article, 2% of a first build).
  auto earlier = it == b.stored.end() ? GraphStore::Earlier::none : GraphStore::Earlier::maybe;
  b.todo.push({std::move(article), std::move(hash), earlier});
}

void BatchBuild::finish() {
  impl_->join();
  if (impl_->lexicon_error) std::rethrow_exception(impl_->lexicon_error);
  if (impl_->write_error) std::rethrow_exception(impl_->write_error);
}

const BuildTally& BatchBuild::tally() const { return impl_->tally; }

}  // namespace claimgraph
