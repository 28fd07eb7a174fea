#include "graph/io/record_input.h"

#include <simdjson.h>
#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <utility>

#include "graph/io/csv.h"
#include "graph/io/input_notes.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

using Json = nlohmann::json;
constexpr int kEof = std::char_traits<char>::eof();

// A record may escape its text (\n, \"), so it may run longer than the text limit allows; past
// this bound it is refused unparsed so one runaway line cannot exhaust memory.
std::size_t record_limit(const InputLimits& limits) {
  constexpr std::size_t kSlack = 64u << 10;  // room for the id and other metadata
  constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();
  return limits.max_bytes > (kMax - kSlack) / 2 ? kMax : limits.max_bytes * 2 + kSlack;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

std::string where(const RecordSource& source, std::size_t line) {
  return source.name + ":" + std::to_string(line);
}

std::string default_id(const RecordSource& source, std::size_t line) {
  return source.id_prefix + ":" + std::to_string(line);
}

/// Reads one line (without its "\n" or "\r\n"), keeping at most `cap` bytes; false at the end.
/// Lines are taken in chunks with istream::getline, which scans the stream's buffer in bulk.
bool read_line(std::istream& in, std::string& line, std::size_t cap, bool& too_long) {
  line.clear();
  too_long = false;
  if (in.peek() == kEof) return false;
  char chunk[1 << 16];
  std::size_t length = 0;  // of the whole line, kept or not
  for (;;) {
    in.getline(chunk, sizeof chunk);
    auto got = static_cast<std::size_t>(in.gcount());
    bool full = in.fail() && !in.eof();  // the chunk filled up before the line ended
    bool ended = !full && !in.eof();     // the newline was read, and counted in `got`
    std::size_t bytes = ended ? got - 1 : got;
    length += bytes;
    if (line.size() < cap) line.append(chunk, std::min(bytes, cap - line.size()));
    if (!full) break;
    in.clear();
  }
  too_long = length > cap;
  if (in.eof()) in.clear(in.rdstate() & ~std::ios::failbit);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

/// Why nlohmann's parser, which names the failing byte, rejects a line simdjson rejected.
std::string describe_json_error(std::string_view line, simdjson::error_code fast_error) {
  try {
    Json parsed = Json::parse(line);
    static_cast<void>(parsed);
  } catch (const Json::parse_error& e) {
    // e.byte counts from 1 and runs past the end when the line stops early; bytes are
    // reported from 0, as for invalid UTF-8.
    if (e.byte > line.size()) return "is not valid JSON (it ends early)";
    return "is not valid JSON (error at byte " + std::to_string(e.byte - 1) + ")";
  } catch (const Json::out_of_range&) {
    // 1e999: valid JSON grammar, but no double holds it, so no parser here can read the line.
    return "has a number out of range";
  } catch (const Json::exception& e) {
    return std::string("is not valid JSON (") + e.what() + ")";
  }
  return std::string("is not valid JSON (") + simdjson::error_message(fast_error) + ")";
}

/// The string of a metadata member into `out` (null leaves it empty); a problem otherwise.
std::string metadata_string(std::string_view key, simdjson::dom::element value, std::string& out) {
  if (value.is_null()) return {};
  std::string_view s;
  if (value.get(s)) return "\"" + std::string(key) + "\" is not a string";
  out.assign(s);
  return {};
}

/// Reads the id under `key`, which feeds often give as a number (written as JSON writes it).
std::string json_id(std::string_view key, simdjson::dom::element value, std::string& id) {
  using Type = simdjson::dom::element_type;
  switch (value.type()) {
    case Type::INT64:
      id = std::to_string(std::int64_t(value));
      return {};
    case Type::UINT64:
      id = std::to_string(std::uint64_t(value));
      return {};
    case Type::DOUBLE:
      id = Json(double(value)).dump();
      return {};
    default:
      return metadata_string(key, value, id).empty()
                 ? ""
                 : "\"" + std::string(key) + "\" is not a string or a number";
  }
}

constexpr std::size_t kFields = std::size(kArticleFields);
constexpr std::size_t kNoColumn = std::string::npos;
constexpr auto kText = static_cast<std::size_t>(ArticleField::text);
constexpr auto kId = static_cast<std::size_t>(ArticleField::id);

/// The names tried for each field, in the order of kArticleFields, worked out once a file.
using FieldNames = std::array<std::vector<std::string>, kFields>;

/// The names tried for every field, given the user's.
FieldNames field_names(const ColumnNames& columns) {
  FieldNames names;
  for (std::size_t f = 0; f < kFields; ++f) names[f] = names_for(kArticleFields[f], columns);
  return names;
}

/// An object's member for one field, and the key it was found under.
struct Member {
  std::string_view key;
  simdjson::dom::element value;
};

/// The member holding each field: the one under the field's best-ranked name, and of duplicate
/// keys the last, as JSON parsers generally take.
std::array<std::optional<Member>, kFields> find_members(simdjson::dom::object obj,
                                                        const FieldNames& names) {
  std::array<std::optional<Member>, kFields> members;
  std::array<std::size_t, kFields> rank;
  rank.fill(kNoColumn);
  for (auto member : obj)
    for (std::size_t f = 0; f < kFields; ++f) {
      auto at = std::find(names[f].begin(), names[f].end(), member.key);
      auto r = static_cast<std::size_t>(at - names[f].begin());
      if (at == names[f].end() || r > rank[f]) continue;
      rank[f] = r;
      members[f] = Member{member.key, member.value};
    }
  return members;
}

/// The keys of an object, for a message saying which it has.
std::vector<std::string> keys_of(simdjson::dom::object obj) {
  std::vector<std::string> keys;
  for (auto member : obj) keys.emplace_back(member.key);
  return keys;
}

/// Takes the text and metadata of a parsed object; returns why it is unusable, or empty. Blank
/// text is taken as it is: the caller skips the article with a warning.
std::string article_from_object(simdjson::dom::object obj, const FieldNames& names,
                                Article& article, const InputLimits& limits) {
  auto members = find_members(obj, names);
  if (!members[kText]) return missing_field("text", "key", names[kText], keys_of(obj));
  std::string_view body;
  if (members[kText]->value.get(body))
    return "\"" + std::string(members[kText]->key) + "\" is not a string";
  if (!is_blank_text(body))
    if (auto problem = check_text(body, limits); !problem.empty()) return "text " + problem;
  article.text.assign(body);
  std::string problem =
      members[kId] ? json_id(members[kId]->key, members[kId]->value, article.id) : "";
  for (std::size_t f = kId + 1; f < kFields; ++f)
    if (problem.empty() && members[f])
      problem = metadata_string(members[f]->key, members[f]->value,
                                article.*article_member(kArticleFields[f]));
  return problem;
}

/// Parses one non-blank line into `article`; returns why it is unusable, or empty.
std::string article_from_line(std::string_view line, const FieldNames& names, Article& article,
                              const InputLimits& limits, simdjson::dom::parser& parser) {
  // Checked before parsing so the report names the byte instead of a parser message.
  if (auto bad = find_invalid_utf8(line))
    return "is not valid UTF-8 (byte " + std::to_string(*bad) + ")";
  // simdjson reads records many times faster than a general JSON library; the rare bad line
  // is parsed again by nlohmann only to say where it goes wrong.
  simdjson::dom::element doc;
  if (auto error = parser.parse(line.data(), line.size()).get(doc))
    return describe_json_error(line, error);
  simdjson::dom::object obj;
  if (doc.get(obj)) return "is not a JSON object";
  return article_from_object(obj, names, article, limits);
}

/// Passes on an article read from line `number`: an empty one is noted and skipped, a date put
/// in ISO form (or noted and removed), a missing id made from the line.
void settle(Article& article, std::size_t number, const RecordSource& source,
            const ArticleSink& sink, InputNotes& notes) {
  std::string at = "line " + std::to_string(number);
  if (is_blank_text(article.text))
    return notes.empty.note(article.id.empty() ? at : at + ", id " + short_quote(article.id));
  notes.take_date(article, at);
  if (article.id.empty()) article.id = default_id(source, number);
  sink.article(std::move(article));
}

/// Reads the JSON Lines record on line `number` of `source`.
void deliver_line(std::string_view line, std::size_t number, const RecordSource& source,
                  const FieldNames& names, const ArticleSink& sink, const InputLimits& limits,
                  simdjson::dom::parser& parser, InputNotes& notes) {
  Article article;
  if (auto problem = article_from_line(line, names, article, limits, parser); !problem.empty())
    return sink.error({where(source, number), problem});
  settle(article, number, source, sink, notes);
}

using CsvColumns = std::array<std::size_t, kFields>;  // header index, or kNoColumn

/// Where each field's column sits in the header: its best-ranked name, and of duplicate names
/// the first.
CsvColumns find_columns(const std::vector<std::string>& header, const FieldNames& names) {
  CsvColumns columns;
  for (std::size_t f = 0; f < kFields; ++f) columns[f] = find_column(header, names[f]);
  return columns;
}

/// Fills `article` from a row; returns why the row is unusable, or empty. Blank text is taken
/// as it is: the caller skips the article with a warning.
std::string article_from_row(CsvRecord& row, const CsvColumns& columns, std::size_t width,
                             Article& article, const InputLimits& limits) {
  if (!row.error.empty()) return row.error;
  if (row.fields.size() != width)
    return "has " + std::to_string(row.fields.size()) + " fields, the header has " +
           std::to_string(width);
  for (std::size_t f = 0; f < kFields; ++f) {
    if (columns[f] == kNoColumn) continue;
    std::string& value = row.fields[columns[f]];
    // Metadata lands in the JSON output, which cannot carry invalid UTF-8.
    if (auto bad = find_invalid_utf8(value); bad && f != kText)
      return std::string(field_name(kArticleFields[f])) + " is not valid UTF-8 (byte " +
             std::to_string(*bad) + ")";
    article.*article_member(kArticleFields[f]) = std::move(value);
  }
  if (is_blank_text(article.text)) return {};
  if (auto problem = check_text(article.text, limits); !problem.empty()) return "text " + problem;
  return {};
}

/// Reads the CSV row `row`, numbered from the start of `source`.
void deliver_row(CsvRecord& row, const CsvColumns& columns, std::size_t width,
                 const RecordSource& source, const ArticleSink& sink, const InputLimits& limits,
                 InputNotes& notes) {
  std::size_t line = row.line + source.first_line - 1;
  Article article;
  if (auto problem = article_from_row(row, columns, width, article, limits); !problem.empty())
    return sink.error({where(source, line), problem});
  settle(article, line, source, sink, notes);
}

}  // namespace

void for_each_line(std::istream& in, const RecordSource& source, std::size_t cap,
                   const std::function<void(std::string_view, std::size_t)>& each,
                   const std::function<void(const InputError&)>& error) {
  std::size_t number = source.first_line - 1;
  bool too_long = false, any = false;
  for (std::string line; read_line(in, line, cap, too_long);) {
    ++number;
    if (!too_long && is_blank(line)) continue;
    any = true;
    if (too_long)
      error({where(source, number), "is over " + std::to_string(cap) + " bytes"});
    else
      each(line, number);
  }
  if (!any) error({source.name, "is empty"});
}

void read_json_lines(std::istream& in, const RecordSource& source, const ArticleSink& sink,
                     const InputLimits& limits, const ColumnNames& columns) {
  simdjson::dom::parser parser;  // reused: it keeps its buffers between lines
  FieldNames names = field_names(columns);
  InputNotes notes;
  for_each_line(
      in, source, record_limit(limits),
      [&](std::string_view line, std::size_t number) {
        deliver_line(line, number, source, names, sink, limits, parser, notes);
      },
      sink.error);
  notes.report(source.name, warning_channel(sink));
}

void read_csv_articles(std::istream& in, const RecordSource& source, const ArticleSink& sink,
                       const InputLimits& limits, const ColumnNames& column_names) {
  CsvReader reader(in, record_limit(limits));
  CsvRecord header;
  if (!reader.next(header)) return sink.error({source.name, "is empty"});
  if (!header.error.empty())
    return sink.error({where(source, header.line + source.first_line - 1), header.error});
  FieldNames names = field_names(column_names);
  CsvColumns columns = find_columns(header.fields, names);
  if (columns[kText] == kNoColumn)
    return sink.error({source.name, missing_field("text", "column", names[kText], header.fields)});
  bool any = false;
  InputNotes notes;
  for (CsvRecord row; reader.next(row);) {
    bool blank = row.error.empty() && row.fields.size() == 1 && row.fields[0].empty();
    if (blank) continue;  // blank lines, often at the end, are no rows
    any = true;
    deliver_row(row, columns, header.fields.size(), source, sink, limits, notes);
  }
  if (!any) sink.error({source.name, "has a header but no rows"});
  notes.report(source.name, warning_channel(sink));
}

std::string json_parser_version() {
  return std::to_string(simdjson::SIMDJSON_VERSION_MAJOR) + "." +
         std::to_string(simdjson::SIMDJSON_VERSION_MINOR) + "." +
         std::to_string(simdjson::SIMDJSON_VERSION_REVISION);
}

}  // namespace claimgraph
