// claimgraph merge: combines partial results (the JSON Lines `extract` writes) and stores into
// one store; the reduce step of a build spread over many processes or machines. Articles are
// keyed by id and a later part's copy of an article replaces an earlier one, so merging is
// associative: (a + b) + c and a + (b + c) hold the same articles.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <unordered_map>

#include "cli/commands.h"
#include "graph/io/extraction_input.h"
#include "graph/io/input.h"
#include "graph/store/store.h"

namespace claimgraph::cli {

namespace {

namespace fs = std::filesystem;

struct MergeArgs {
  std::vector<std::string> parts;
  std::string output;
  bool quiet = false;
};

/// Writes articles from the parts into the output store in transactions, keeping count.
class Merger {
 public:
  explicit Merger(GraphStore& out) : out_(out), hashes_(out.article_hashes()) {}

  /// Adds one article from `part`; a stored copy with the same hash is left as it is.
  void add(StoredArticle&& a, const std::string& part) {
    ++read_;
    const std::string& id = a.extraction.article_id;
    auto [from, fresh] = from_.try_emplace(id, part);
    auto stored = hashes_.find(id);
    bool same = stored != hashes_.end() && !a.hash.empty() && stored->second == a.hash;
    if (!fresh && !same)
      std::cerr << "claimgraph merge: " << part << ": article " << id << " also came from "
                << from->second << " with other content; the later copy is kept\n";
    from->second = part;
    if (same) return void(++unchanged_);
    hashes_[id] = a.hash;
    batch_.push_back(std::move(a));
    if (batch_.size() == 256) flush();
  }

  /// Writes what is pending.
  void flush() {
    out_.write(batch_);
    written_ += batch_.size();
    batch_.clear();
  }

  /// "N articles read (W written, U unchanged": the start of the summary line.
  std::string tally() const {
    return std::to_string(read_) + " articles read (" + std::to_string(written_) + " written, " +
           std::to_string(unchanged_) + " unchanged";
  }

 private:
  GraphStore& out_;
  std::unordered_map<std::string, std::string> hashes_;  ///< article id -> hash, as it will be
  std::unordered_map<std::string, std::string> from_;    ///< article id -> the part it came from
  std::vector<StoredArticle> batch_;
  std::size_t read_ = 0, written_ = 0, unchanged_ = 0;
};

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

using ErrorSink = std::function<void(const InputError&)>;

/// Merges one part: a store, a JSON Lines file of extraction records, or "-".
void merge_part(const std::string& part, const MergeArgs& args, Merger& merger, GraphStore& out,
                const ErrorSink& error) {
  auto add = [&](StoredArticle&& a) { merger.add(std::move(a), part); };
  if (part == "-") return read_extraction_lines(std::cin, "<stdin>", add, error);
  if (same_file(part, args.output)) return;  // the output already holds itself
  if (is_store_file(part)) {
    try {
      GraphStore store(part);
      if (out.setting("extractor").empty())
        out.set_setting("extractor", store.setting("extractor"));
      store.read_stored(add);
    } catch (const std::runtime_error& e) {
      error({part, e.what()});
    }
    return;
  }
  std::ifstream in(part, std::ios::binary);
  if (!in) return error({part, "cannot be read"});
  read_extraction_lines(in, part, add, error);
}

int run(const MergeArgs& args) {
  GraphStore out(args.output);
  Merger merger(out);
  std::size_t failures = 0;
  const FileFilter parts{[](const fs::path& p) {
                           auto ext = p.extension();
                           return ext == ".jsonl" || ext == ".ndjson" || is_store_file(p.string());
                         },
                         ".jsonl or .ndjson files or graph stores"};
  ErrorSink error = [&](const InputError& e) {
    std::cerr << "claimgraph merge: " << e.input << ": " << e.message << "\n";
    ++failures;
  };
  PathSink sink{[&](const std::string& part) { merge_part(part, args, merger, out, error); },
                error};
  for (const auto& part : args.parts) expand_input(part, parts, sink);
  merger.flush();
  if (!args.quiet) {
    StoreCounts counts = out.counts();
    std::cerr << "claimgraph merge: " << args.output << ": " << merger.tally() << ", " << failures
              << " inputs failed); the store holds " << counts.articles << " articles, "
              << counts.entities << " entities, " << counts.relations << " relations\n";
  }
  return failures ? kInputsFailed : kOk;
}

}  // namespace

Runner setup_merge(CLI::App& sub) {
  auto a = std::make_shared<MergeArgs>();
  sub.add_option("parts", a->parts,
                 "Partial results: JSON Lines written by `extract`, graph stores, folders or "
                 "globs of them, or - for standard input")
      ->required();
  sub.add_option("-o,--output", a->output, "The graph store (SQLite) to create or update")
      ->required();
  sub.add_flag("-q,--quiet", a->quiet, "No summary line");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
