#include "graph/io/metadata.h"

#include <algorithm>
#include <array>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "graph/io/csv.h"
#include "graph/io/input_file.h"
#include "graph/io/input_notes.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

namespace fs = std::filesystem;
constexpr std::size_t kNoColumn = std::string::npos;

// The fields a table can give a text file; its text and id come from the file itself.
constexpr std::array<ArticleField, 4> kMetadataFields{ArticleField::title, ArticleField::outlet,
                                                      ArticleField::date, ArticleField::url};

// A table is read whole and indexed, which takes some six times its bytes (41 MB of 300,000
// rows: 267 MB peak). 32 MiB holds a row for each of 200,000 files at PolNeAR's 160 bytes a
// row and keeps any table, or an input that is none (/dev/zero: 81 MB), near 200 MB.
constexpr std::size_t kMaxTableBytes = std::size_t(32) << 20;

/// Where a table's columns sit: the file column and each metadata field's (or kNoColumn).
struct Layout {
  std::size_t file = kNoColumn;
  std::array<std::size_t, kMetadataFields.size()> fields{};
  std::size_t width = 0;  ///< fields in the header, which every row must have
};

/// The warnings of one table.
struct TableNotes {
  InputNotes notes;       ///< dates not understood
  WarningTally skipped;   ///< rows that could not be used
  WarningTally repeated;  ///< file names given by more than one row

  void report(const std::string& table, const std::function<void(const InputError&)>& warn) {
    notes.report(table, warn);
    if (skipped.count()) warn({table, skipped.message("row skipped", "rows skipped", "")});
    if (repeated.count())
      warn({table, repeated.message("file named twice", "files named twice",
                                    "; the first row for each is kept")});
  }
};

/// The error of a table that cannot be used, naming it.
std::runtime_error unusable(const std::string& table, const std::string& why) {
  return std::runtime_error(table + ": " + why);
}

/// `s` without surrounding blanks, which tables often pad fields with.
std::string trimmed(std::string_view s) {
  auto first = s.find_first_not_of(" \t"), last = s.find_last_not_of(" \t");
  return first == std::string_view::npos ? "" : std::string(s.substr(first, last - first + 1));
}

/// True for a table whose name says it is tab-separated.
bool is_tsv(const std::string& name) {
  std::string ext = column_key(fs::path(name).extension().string());
  return ext == ".tsv" || ext == ".tab";
}

/// `line` split at its tabs.
std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  for (std::size_t start = 0;;) {
    std::size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

/// The rows of a TSV table: each line that is not blank, split at its tabs.
std::vector<CsvRecord> tsv_rows(std::string_view bytes) {
  std::vector<CsvRecord> rows;
  std::size_t number = 0;
  for (std::size_t start = 0; start < bytes.size();) {
    std::size_t end = std::min(bytes.find('\n', start), bytes.size());
    std::string_view line = bytes.substr(start, end - start);
    start = end + 1;
    ++number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (trimmed(line).empty()) continue;
    rows.push_back({split_tabs(line), number, {}});
  }
  return rows;
}

/// The rows of a CSV table, blank lines left out.
std::vector<CsvRecord> csv_rows(std::string_view bytes) {
  std::istringstream in{std::string(bytes)};
  CsvReader reader(in);
  std::vector<CsvRecord> rows;
  for (CsvRecord row; reader.next(row);)
    if (!row.error.empty() || row.fields.size() > 1 || !row.fields[0].empty()) rows.push_back(row);
  return rows;
}

/// Where the header puts each column; throws when the table has no file column or no metadata.
Layout find_layout(const std::vector<std::string>& header, const ColumnNames& columns,
                   const std::string& table) {
  Layout layout;
  layout.width = header.size();
  layout.file = find_column(header, file_names_for(columns));
  if (layout.file == kNoColumn)
    throw unusable(table, missing_field("file", "column", file_names_for(columns), header));
  std::vector<std::string> tried;
  bool any = false;
  for (std::size_t k = 0; k < kMetadataFields.size(); ++k) {
    auto names = names_for(kMetadataFields[k], columns);
    layout.fields[k] = find_column(header, names);
    any = any || layout.fields[k] != kNoColumn;
    tried.insert(tried.end(), names.begin(), names.end());
  }
  if (!any) throw unusable(table, missing_field("metadata", "column", tried, header));
  return layout;
}

/// Why a row cannot be used, or empty.
std::string row_problem(const CsvRecord& row, const Layout& layout) {
  if (!row.error.empty()) return row.error;
  if (row.fields.size() != layout.width)
    return "has " + std::to_string(row.fields.size()) + " fields, the header has " +
           std::to_string(layout.width);
  if (trimmed(row.fields[layout.file]).empty()) return "has no file name";
  for (std::size_t k = 0; k < kMetadataFields.size(); ++k) {
    if (layout.fields[k] == kNoColumn) continue;
    // Metadata lands in the JSON output, which cannot carry invalid UTF-8.
    if (auto bad = find_invalid_utf8(row.fields[layout.fields[k]]))
      return std::string(field_name(kMetadataFields[k])) + " is not valid UTF-8 (byte " +
             std::to_string(*bad) + ")";
  }
  return {};
}

/// The metadata a usable row gives, its date in ISO form.
Article row_metadata(const CsvRecord& row, const Layout& layout, InputNotes& notes) {
  Article metadata;
  for (std::size_t k = 0; k < kMetadataFields.size(); ++k)
    if (layout.fields[k] != kNoColumn)
      metadata.*article_member(kMetadataFields[k]) = trimmed(row.fields[layout.fields[k]]);
  notes.take_date(metadata, "line " + std::to_string(row.line));
  return metadata;
}

/// The rows after the header, by file name; unusable rows and repeated names are noted.
std::unordered_map<std::string, Article> index_rows(const std::vector<CsvRecord>& rows,
                                                    const Layout& layout, TableNotes& notes) {
  std::unordered_map<std::string, Article> index;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const CsvRecord& row = rows[i];
    if (auto problem = row_problem(row, layout); !problem.empty()) {
      notes.skipped.note("line " + std::to_string(row.line) + ": " + problem);
      continue;
    }
    std::string file = trimmed(row.fields[layout.file]);
    if (index.contains(file)) {
      notes.repeated.note("\"" + file + "\" at line " + std::to_string(row.line));
      continue;
    }
    index.emplace(std::move(file), row_metadata(row, layout, notes.notes));
  }
  return index;
}

}  // namespace

FileMetadata FileMetadata::parse(std::string_view bytes, const std::string& name,
                                 const ColumnNames& columns,
                                 const std::function<void(const InputError&)>& warn) {
  std::vector<CsvRecord> rows = is_tsv(name) ? tsv_rows(bytes) : csv_rows(bytes);
  if (rows.empty()) throw unusable(name, "is empty");
  if (!rows[0].error.empty())
    throw unusable(name + ":" + std::to_string(rows[0].line), rows[0].error);
  Layout layout = find_layout(rows[0].fields, columns, name);
  TableNotes notes;
  FileMetadata table(name);
  table.rows_ = index_rows(rows, layout, notes);
  notes.report(name, warn);
  return table;
}

FileMetadata FileMetadata::read(const std::string& path, const ColumnNames& columns,
                                const std::function<void(const InputError&)>& warn) {
  WholeInput whole = read_whole(path, kMaxTableBytes);
  if (!whole.problem.empty()) throw unusable(path, whole.problem);
  return parse(whole.bytes, path, columns, warn);
}

bool FileMetadata::apply(const fs::path& path, Article& article) const {
  // The table may name the file with its extension or without it, as PolNeAR's does.
  auto row = rows_.find(path.filename().string());
  if (row == rows_.end()) row = rows_.find(path.stem().string());
  if (row == rows_.end()) return false;
  for (ArticleField field : kMetadataFields)
    if (auto member = article_member(field); !(row->second.*member).empty())
      article.*member = row->second.*member;
  return true;
}

}  // namespace claimgraph
