#pragma once
// Articles from files that hold many records: JSON Lines (one object a line) and CSV with a
// header. Both are streamed, so a file of any size reads in bounded memory, and each bad record
// is one error naming "<source>:<line>" while the records after it still arrive.

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "graph/io/input.h"

namespace claimgraph {

/// Where a stream of records came from: errors name "<name>:<line>", default ids
/// "<id_prefix>:<line>".
struct RecordSource {
  std::string name;
  std::string id_prefix;
  std::size_t first_line = 1;  ///< number of the stream's first line (stdin may skip blanks)
};

/// Calls `each(line, number)` for every non-blank line, and `error` for a line over `cap`
/// bytes (skipped, without reading it into memory) and for a stream with no lines at all.
void for_each_line(std::istream& in, const RecordSource& source, std::size_t cap,
                   const std::function<void(std::string_view, std::size_t)>& each,
                   const std::function<void(const InputError&)>& error);

/// Reads JSON Lines articles: "text" and "id" (string or number), optional "title", "outlet",
/// "date", "url", under these keys, their synonyms or the names in `columns`
/// (graph/io/article_columns.h). Empty articles and dates not understood are one warning each.
void read_json_lines(std::istream& in, const RecordSource& source, const ArticleSink& sink,
                     const InputLimits& limits, const ColumnNames& columns = {});

/// Reads CSV articles: a header naming a text column, optional id, title, outlet, date, url,
/// as read_json_lines names them (in any case). Empty articles and dates not understood are one
/// warning each.
void read_csv_articles(std::istream& in, const RecordSource& source, const ArticleSink& sink,
                       const InputLimits& limits, const ColumnNames& columns = {});

/// The JSON parser the JSON Lines reader runs on (simdjson), for --version.
std::string json_parser_version();

}  // namespace claimgraph
