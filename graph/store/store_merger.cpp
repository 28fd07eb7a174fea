#include "graph/store/store_merger.h"

#include <exception>
#include <filesystem>

namespace claimgraph {

StoreMerger::StoreMerger(GraphStore& out, ConflictReport on_conflict)
    : out_(out), on_conflict_(std::move(on_conflict)), hashes_(out.article_hashes()) {}

void StoreMerger::add(StoredArticle&& a, const std::string& origin) {
  ++read_;
  const std::string& id = a.extraction.article_id;
  auto [from, fresh] = origin_.try_emplace(id, origin);
  auto stored = hashes_.find(id);
  // A record without a hash cannot be known to be the same, so it is always written.
  bool same = stored != hashes_.end() && !a.hash.empty() && stored->second == a.hash;
  if (!fresh && !same && on_conflict_) on_conflict_(id, from->second, origin);
  from->second = origin;
  if (same) {
    ++unchanged_;
    return;
  }
  hashes_[id] = a.hash;
  batch_.push_back(std::move(a));
  if (batch_.size() == 256) flush();
}

std::string StoreMerger::add_store(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::equivalent(path, out_.path(), ec)) return {};  // holds itself already
  std::exception_ptr write_error;
  // Whatever touches the output is its failure, never the input store's: it is rethrown.
  auto on_output = [&](const std::function<void()>& write) {
    try {
      write();
    } catch (...) {
      write_error = std::current_exception();
      throw;
    }
  };
  try {
    GraphStore store(path, StoreAccess::read_only);
    std::string extractor = store.setting("extractor");
    on_output([&] {
      if (out_.setting("extractor").empty()) out_.set_setting("extractor", extractor);
    });
    store.read_stored([&](StoredArticle&& a) { on_output([&] { add(std::move(a), path); }); });
  } catch (const std::runtime_error& e) {
    if (write_error) std::rethrow_exception(write_error);
    // Store errors start with the file's name, which the caller's report gives anyway.
    std::string what = e.what();
    return what.starts_with(path + ": ") ? what.substr(path.size() + 2) : what;
  }
  return {};
}

void StoreMerger::flush() {
  out_.write(batch_);
  written_ += batch_.size();
  batch_.clear();
}

}  // namespace claimgraph
