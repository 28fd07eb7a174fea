#pragma once
// What every article-reading subcommand shares: the input list, the lexicon option, and
// one-line error reports that name the input.

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "graph/extract/lexicon.h"
#include "graph/io/atomic_file.h"
#include "graph/io/input.h"
#include "graph/io/metadata.h"
#include "graph/model/claim_graph.h"
#include "graph/query/filter.h"
#include "graph/query/names.h"

namespace claimgraph::cli {

/// Where a command writes its output: standard output, or the file `-o` names, which is
/// replaced whole on success only (graph/io/atomic_file.h).
class Output {
 public:
  /// Opens `path` (empty or "-": standard output); throws std::runtime_error when it cannot.
  explicit Output(const std::string& path);
  /// Where the output is written.
  std::ostream& stream() { return file_ ? file_->stream() : std::cout; }
  /// Puts the file in place (or flushes standard output); throws std::runtime_error naming it
  /// when anything failed to be written.
  void finish();

 private:
  std::unique_ptr<AtomicFile> file_;
};

/// Options common to commands that read articles.
struct InputOptions {
  std::vector<std::string> inputs;
  std::string lexicon_dir;
  std::string alias_file;     ///< the user's alias rules, applied when building a graph
  ArticleFilter filter;       ///< the articles a graph is built from, by outlet and date
  InputLimits limits;         ///< --max-article-bytes
  ColumnNames columns;        ///< --text-column and the like: the inputs' names for the fields
  std::string metadata_file;  ///< --metadata: per-file metadata joined to text files
  bool strict = false;        ///< --strict: a warning counts as a failure
  std::size_t failures = 0;

  /// Removes the graph stores from `inputs` and returns them: they hold finished extractions.
  std::vector<std::string> take_stores();
  /// The lexicons to use: --lexicons DIR, or the built-in ones.
  const Lexicon& lexicon();
  /// Reads the inputs, printing one line per failed input and counting it, and one line per
  /// warning (counted as a failure with --strict). Throws std::runtime_error naming the
  /// metadata table when it cannot be used.
  void read(const std::function<void(Article&&)>& on_article);

 private:
  /// The --metadata table, read on first use; none without the option.
  const FileMetadata* metadata();
  /// Prints a problem with an input as one line naming it.
  static void print(const InputError& problem);

  std::unique_ptr<Lexicon> custom_;
  std::unique_ptr<FileMetadata> metadata_;
};

/// Adds how to read the inputs: the fields' column names, --metadata, --strict and
/// --max-article-bytes.
void add_reading_options(CLI::App& sub, InputOptions& options);

/// Adds --max-article-bytes, the bound on one article, to a subcommand that reads articles.
void add_limit_option(CLI::App& sub, InputOptions& options);

/// Adds the positional inputs, --lexicons and --max-article-bytes to a subcommand.
void add_input_options(CLI::App& sub, InputOptions& options, bool inputs_required = true);

/// Adds the inputs, --lexicons, --aliases and the article filter: the options of a command that
/// builds a graph from its inputs.
void add_graph_options(CLI::App& sub, InputOptions& options);

/// Sets up a command that writes JSON Lines (to standard output or -o FILE): its runner calls
/// `write` with the parsed inputs and the output, then returns the exit status.
Runner json_lines_command(CLI::App& sub, std::function<void(InputOptions&, std::ostream&)> write);

/// Adds --outlet, --since and --until, which choose the articles a graph is built from.
void add_filter_options(CLI::App& sub, InputOptions& options);

/// Adds the options of a query over articles whose positionals end in entity names
/// ("INPUTS... FROM TO"): the positionals, --lexicons, --aliases and the article filter.
void add_query_options(CLI::App& sub, std::vector<std::string>& positionals, InputOptions& options,
                       const std::string& help);

/// The entity `name` stands for, or nothing after printing "no entity named ..." with near
/// names, prefixed by `command`.
std::optional<ClaimGraph::Vertex> find_named_entity(const ClaimGraph& graph,
                                                    const std::string& name,
                                                    const std::string& command);

/// The entity of a look-up of `name`, or nothing after printing why as find_named_entity does.
std::optional<ClaimGraph::Vertex> named_entity(const EntityLookup& found, const std::string& name,
                                               const std::string& command);

/// Adds --aliases FILE to a subcommand that builds a graph.
void add_alias_option(CLI::App& sub, InputOptions& options);

/// What made an extraction: claimgraph's version, its extractor sources and the lexicons (by
/// their fingerprint).
std::string extractor_signature(const std::string& lexicon_fingerprint);

/// Extracts every input the filter accepts (stores are read, not extracted) and merges the
/// results into one graph, resolving entities across articles with the alias rules; `each`,
/// when given, sees every accepted extraction first. Throws std::runtime_error for an
/// unreadable alias file.
ClaimGraph build_graph(InputOptions& options,
                       const std::function<void(const ArticleExtraction&)>& each = {});

}  // namespace claimgraph::cli
