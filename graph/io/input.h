#pragma once
// Reads articles from the inputs a user names:
//   - text files: one article each, id = the file name without its extension;
//   - JSON Lines files (*.jsonl, *.ndjson): one article a line, from "text" and "id" (string or
//     number, default "<file stem>:<line>") with optional "title", "outlet", "date", "url";
//   - CSV files (*.csv): a header row names the columns: "text", optional id, title, outlet,
//     date, url (any case; other columns ignored); default id "<file stem>:<line>";
//   - in both, other names for the fields are tried ("body", "publisher", ...) and the user may
//     name them (graph/io/article_columns.h); dates are put in ISO form (graph/io/dates.h);
//   - a text file takes its title, outlet, date and URL from the metadata table, if any
//     (graph/io/metadata.h);
//   - folders: walked recursively for *.txt, *.jsonl, *.ndjson and *.csv in sorted path order,
//     skipping hidden entries;
//   - globs: an input that is no path but holds '*', '?' or '[' names the sorted matches;
//   - "-": standard input. Its first non-blank byte picks the format, so no option is needed:
//     '{' means JSON Lines (errors name "<stdin>:<line>", default id "stdin:<line>"); anything
//     else is one text article with id "stdin".
// An empty article (no text, or only blanks) is a warning and is skipped; a date not understood
// is a warning and the article keeps no date (graph/io/input_notes.h).
// Bad inputs are reported one by one (a bad JSON line or CSV row is one error naming
// "<path>:<line>"); the rest still arrive. Record files are streamed, so any size is fine.
// Any path is read without hanging (a FIFO with no writer reads as empty) and within the
// limits (an article over InputLimits::max_bytes is refused, even from /dev/zero).

#include <cstddef>
#include <filesystem>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "graph/io/article_columns.h"
#include "graph/text/document.h"

namespace claimgraph {

/// A problem with one input, reported as "<input>: <message>".
struct InputError {
  std::string input;
  std::string message;
};

/// Receives what reading the inputs produced.
struct ArticleSink {
  std::function<void(Article&&)> article;
  std::function<void(const InputError&)> error;
  /// Problems that cost an article a field, or an empty article; without it they go to `error`.
  std::function<void(const InputError&)> warning{};
};

class FileMetadata;

/// How the inputs name an article's fields: the columns of CSV files and the keys of JSON
/// Lines (graph/io/article_columns.h), and a metadata table joined to text files by file name.
struct InputFields {
  ColumnNames columns;
  const FileMetadata* metadata = nullptr;  ///< graph/io/metadata.h; none: text files have none
};

/// Limits that protect a batch from a single pathological input.
struct InputLimits {
  /// Larger articles are refused (and a JSON Lines or CSV record over twice this, plus room
  /// for metadata, is refused unparsed), so no input can take unbounded time or memory.
  /// News articles run to tens of kilobytes; 4 MiB keeps one article's extraction near
  /// 120 MB of memory (a valid 16 MiB article took 618 MB).
  std::size_t max_bytes = 4u << 20;
};

/// Which files a folder or glob contributes, and what to call them when there are none.
struct FileFilter {
  std::function<bool(const std::filesystem::path&)> wanted;
  std::string description;  ///< "... files", for "<folder>: holds no <description>"
};

/// Receives the paths an input expands to, and the problems met.
struct PathSink {
  std::function<void(const std::string&)> path;
  std::function<void(const InputError&)> error;
};

/// Expands one input: "-" stays itself, a file is itself (whatever its name), a folder gives
/// its wanted files recursively in sorted order (hidden entries skipped), and an input that
/// names no path but holds '*', '?' or '[' is a glob giving its sorted matches.
void expand_input(const std::string& input, const FileFilter& filter, const PathSink& sink);

/// Reads every input in order; folders are walked recursively in sorted order. An empty
/// article is a warning, not an error; so is a text file the metadata table has no row for
/// (counted, and told once at the end, naming the table).
void read_inputs(const std::vector<std::string>& inputs, std::istream& standard_input,
                 const ArticleSink& sink, const InputLimits& limits = {},
                 const InputFields& fields = {});

/// Checks raw bytes as article text; returns an empty string when they are usable.
std::string check_text(std::string_view bytes, const InputLimits& limits = {});

/// True when `text` is empty or only blanks: an article with nothing to read.
bool is_blank_text(std::string_view text);

}  // namespace claimgraph
