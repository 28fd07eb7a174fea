// claimgraph merge: combines partial results (the JSON Lines `extract` writes) and stores into
// one store; the reduce step of a build spread over many processes or machines. Articles are
// keyed by id and a later part's copy of an article replaces an earlier one, so merging is
// associative: (a + b) + c and a + (b + c) hold the same articles.

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "graph/io/extraction_input.h"
#include "graph/io/input.h"
#include "graph/io/input_file.h"
#include "graph/io/terminal_text.h"
#include "graph/store/store.h"
#include "graph/store/store_merger.h"

namespace claimgraph::cli {

namespace {

namespace fs = std::filesystem;

struct MergeArgs {
  std::vector<std::string> parts;
  std::string output;
  bool quiet = false;
  std::size_t max_record_bytes = kDefaultMaxRecordBytes;
};

using ErrorSink = std::function<void(const InputError&)>;

/// Merges one part: a store, a JSON Lines file of extraction records, or "-".
void merge_part(const std::string& part, std::size_t max_record, StoreMerger& merger,
                const ErrorSink& error) {
  auto add = [&](StoredArticle&& a) { merger.add(std::move(a), part); };
  if (part == "-") return read_extraction_lines(std::cin, "<stdin>", add, error, max_record);
  if (is_store_file(part)) {
    if (std::string problem = merger.add_store(part); !problem.empty()) error({part, problem});
    return;
  }
  InputFile file(part);
  if (auto problem = record_stream_problem(file); !problem.empty()) return error({part, problem});
  read_extraction_lines(file.stream(), part, add, error, max_record);
}

int run(const MergeArgs& args) {
  GraphStore out(args.output);
  StoreMerger merger(
      out, [](const std::string& id, const std::string& earlier, const std::string& later) {
        std::cerr << "claimgraph merge: " << terminal_safe(later) << ": article "
                  << terminal_safe(id) << " also came from " << terminal_safe(earlier)
                  << " with other content; the later copy is kept\n";
      });
  std::size_t failures = 0;
  // Spark and Hadoop name their output files part-00000 and so on, without an extension.
  const FileFilter parts{[](const fs::path& p) {
                           auto ext = p.extension();
                           return ext == ".jsonl" || ext == ".ndjson" ||
                                  p.filename().string().starts_with("part-") ||
                                  is_store_file(p.string());
                         },
                         ".jsonl, .ndjson or part-* files or graph stores"};
  ErrorSink error = [&](const InputError& e) {
    std::cerr << "claimgraph merge: " << terminal_safe(e.input) << ": " << terminal_safe(e.message)
              << "\n";
    ++failures;
  };
  PathSink sink{
      [&](const std::string& part) { merge_part(part, args.max_record_bytes, merger, error); },
      error};
  for (const auto& part : args.parts) expand_input(part, parts, sink);
  merger.flush();
  if (!args.quiet) {
    StoreCounts counts = out.counts();
    std::cerr << "claimgraph merge: " << args.output << ": " << merger.read() << " articles read ("
              << merger.written() << " written, " << merger.unchanged() << " unchanged, "
              << failures << " inputs failed); the store holds " << counts.articles << " articles, "
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
  sub.add_option("--max-record-bytes", a->max_record_bytes,
                 "Longest extraction record (one line) read; a longer one is skipped and reported "
                 "(a dense 4 MiB article makes one of about 25 MB)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
