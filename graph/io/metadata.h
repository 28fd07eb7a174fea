#pragma once
// Per-file metadata for plain-text articles, which cannot carry their own title, outlet, date or
// URL: a table beside them, one row per file, joined by file name with or without its extension.
// PolNeAR's metadata.tsv is one as it stands: a "filename" column (the name without ".txt"),
// "publisher", "publication_date", "title", and columns of its own, which are ignored.
//   - format: a name ending in ".tsv" or ".tab" is tab-separated, one row a line, without
//     quoting (as IANA's text/tab-separated-values); any other is CSV (RFC 4180, graph/io/csv.h);
//   - header: names the file column ("file", "filename" or "id") and any of the title, outlet,
//     date and url columns, under the names and synonyms of graph/io/article_columns.h or the
//     names the user gives (the id column's name names the file column);
//   - dates are put in ISO form (graph/io/dates.h); those not understood are one warning;
//   - a row with the wrong number of fields or no file name is skipped, and a file named twice
//     keeps its first row: one warning for each kind, counted, as graph/io/input_notes.h does.
// A table with no file column, or none of the metadata columns, cannot be used: an error.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "graph/io/article_columns.h"
#include "graph/io/input.h"

namespace claimgraph {

/// A table of metadata for text files, keyed by file name.
class FileMetadata {
 public:
  /// Reads a table from its bytes; `name` names it in messages and its extension picks the
  /// format. Throws std::runtime_error naming the table when it cannot be used; problems with
  /// rows and dates go to `warn`, once per kind.
  static FileMetadata parse(std::string_view bytes, const std::string& name,
                            const ColumnNames& columns,
                            const std::function<void(const InputError&)>& warn);

  /// Reads the table at `path` as parse() does; throws std::runtime_error naming it when it
  /// cannot be read.
  static FileMetadata read(const std::string& path, const ColumnNames& columns,
                           const std::function<void(const InputError&)>& warn);

  /// Copies the title, outlet, date and URL the table gives the file at `path` into `article`;
  /// false when the table has no row for its name, with or without the extension.
  bool apply(const std::filesystem::path& path, Article& article) const;

  /// The table's name, as messages give it.
  const std::string& name() const { return name_; }
  /// The number of files the table describes.
  std::size_t size() const { return rows_.size(); }

 private:
  explicit FileMetadata(std::string name) : name_(std::move(name)) {}

  std::string name_;
  std::unordered_map<std::string, Article> rows_;  ///< file name as written -> its metadata
};

}  // namespace claimgraph
