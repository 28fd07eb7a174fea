#pragma once
// A batch build: articles extracted on several threads and written into a store by one writer
// thread, skipping those the store already holds unchanged. The caller reads the articles (on
// one thread) and hands them over one by one; the queues between the stages are bounded, so
// memory stays flat however large the batch.

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "graph/text/document.h"

namespace claimgraph {

class GraphStore;
class Lexicon;

/// The content hash an article is stored under: its text, metadata and the extractor's
/// signature, so a change to any of them re-extracts it.
std::string article_hash(const std::string& signature, const Article& article);

/// What a build has done so far; readable while it runs (for a progress line).
struct BuildTally {
  std::atomic<std::size_t> read{0};        ///< articles handed to add()
  std::atomic<std::size_t> written{0};     ///< articles committed to the store
  std::atomic<std::size_t> unchanged{0};   ///< articles the store held with the same hash
  std::atomic<std::size_t> bytes_done{0};  ///< article text committed
  std::atomic<std::size_t> failed{0};      ///< articles whose extraction threw
  std::atomic<std::size_t> duplicates{0};  ///< later copies of an id seen before in this build
  /// Articles whose text holds mojibake (which extraction repairs), unchanged ones included, so
  /// a re-build reports what the store's extractions were made from.
  std::atomic<std::size_t> repaired{0};
};

/// Told of each article the build skips, with its id and why; called from any of the build's
/// threads, so it must be safe to call concurrently.
using SkippedArticle = std::function<void(const std::string& id, const std::string& why)>;

/// Where a build's extraction threads get the lexicons: each calls it once, before its first
/// article, so the lexicons may still be parsing while the build reads its inputs (an unchanged
/// re-run needs none). Called from several threads at once; what it throws ends the build.
using LexiconSource = std::function<const Lexicon&()>;

/// One build of articles into a store.
class BatchBuild {
 public:
  /// Starts `jobs` extraction threads and the writer; `signature` names the extractor (and the
  /// lexicons the source gives).
  BatchBuild(GraphStore& store, LexiconSource lexicon, std::string signature, unsigned jobs,
             SkippedArticle skipped);
  /// Finishes the build if finish() was not called (an exception while reading): what was
  /// extracted is still written, never lost half-way.
  ~BatchBuild();

  /// Queues an article, waiting while the queues are full; one thread calls it.
  void add(Article&& article);
  /// Waits until every queued article is written; rethrows the lexicon source's error, else
  /// the writer's.
  void finish();
  /// The counts so far.
  const BuildTally& tally() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph
