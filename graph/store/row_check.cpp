#include "graph/store/row_check.h"

#include <simdjson.h>

#include <charconv>
#include <limits>
#include <stdexcept>

#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

constexpr std::int64_t kMaxOffset = std::numeric_limits<std::uint32_t>::max();

/// Reads "<start>-<end>" at the front of `text`, moving past it; false when it is not there.
bool take_span(std::string_view& text, std::int64_t& start, std::int64_t& end) {
  const char* p = text.data();
  const char* last = p + text.size();
  auto [after_start, e1] = std::from_chars(p, last, start);
  if (e1 != std::errc() || after_start == last || *after_start != '-') return false;
  auto [after_end, e2] = std::from_chars(after_start + 1, last, end);
  if (e2 != std::errc()) return false;
  text.remove_prefix(static_cast<std::size_t>(after_end - p));
  return true;
}

/// The array the JSON text `json` holds, or why there is none. It lives until the next call on
/// this thread: the parser and its padded copy of the text are reused (simdjson reads up to
/// SIMDJSON_PADDING bytes past the end, which SQLite's column text does not have).
simdjson::simdjson_result<simdjson::dom::array> parse_array(std::string_view json) {
  thread_local simdjson::dom::parser parser;
  thread_local std::string padded;
  padded.reserve(json.size() + simdjson::SIMDJSON_PADDING);
  padded.assign(json);
  return parser.parse(padded.data(), padded.size(), false).get_array();
}

/// The array the JSON column `json` holds, alive until the next on this thread; anything else
/// is an error of `check`.
simdjson::dom::array json_array(const RowCheck& check, std::string_view json, const char* column) {
  // Checked first so the error names the byte, as for every other text column.
  check.require_utf8(json, column);
  simdjson::dom::array items;
  auto error = parse_array(json).get(items);
  if (error == simdjson::INCORRECT_TYPE) check.fail(column, "is not a JSON array");
  if (error)
    check.fail(column, std::string("is not valid JSON (") + simdjson::error_message(error) + ")");
  return items;
}

}  // namespace

RowCheck::RowCheck(std::string store, std::string article, std::size_t text_bytes)
    : store_(std::move(store)), article_(std::move(article)), text_bytes_(text_bytes) {}

EntityIndex RowCheck::entity(std::int64_t value, std::size_t count, const char* column) const {
  if (value < 0 || static_cast<std::uint64_t>(value) >= count)
    fail(column, "entity " + std::to_string(value) + " does not exist (the article has " +
                     std::to_string(count) + ")");
  return static_cast<EntityIndex>(value);
}

Span RowCheck::span(std::int64_t start, std::int64_t end, const char* column) const {
  if (start < 0 || end < start || end > kMaxOffset)
    fail(column, "span " + std::to_string(start) + "-" + std::to_string(end) + " is not a span");
  // Offsets count code points, of which a text has at most as many as bytes.
  if (text_bytes_ > 0 && static_cast<std::uint64_t>(end) > text_bytes_)
    fail(column, "span " + std::to_string(start) + "-" + std::to_string(end) +
                     " lies outside the text (" + std::to_string(text_bytes_) + " bytes)");
  return {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
}

std::vector<Span> RowCheck::spans(std::string_view text, const char* column) const {
  std::vector<Span> out;
  std::string_view rest = text;
  for (std::int64_t start = 0, end = 0; !rest.empty();) {
    if (!out.empty() && !rest.starts_with(','))
      fail(column, "'" + std::string(text) + "' is no span list");
    if (!out.empty()) rest.remove_prefix(1);
    if (!take_span(rest, start, end)) fail(column, "'" + std::string(text) + "' is no span list");
    out.push_back(span(start, end, column));
  }
  return out;
}

std::string RowCheck::text(std::string value, const char* column) const {
  require_utf8(value, column);
  return value;
}

void RowCheck::require_utf8(std::string_view value, const char* column) const {
  if (auto bad = find_invalid_utf8(value))
    fail(column, "is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
}

std::vector<std::string> RowCheck::strings(std::string_view json, const char* column) const {
  std::vector<std::string> out;
  for (simdjson::dom::element item : json_array(*this, json, column)) {
    std::string_view text;
    if (item.get(text)) fail(column, "item " + std::to_string(out.size()) + " is not a string");
    // simdjson checked the bytes; this also catches what an escape decodes to.
    require_utf8(text, column);
    out.emplace_back(text);
  }
  return out;
}

std::vector<Span> RowCheck::span_pairs(std::string_view json, const char* column) const {
  std::vector<Span> out;
  for (simdjson::dom::element item : json_array(*this, json, column)) {
    simdjson::dom::array pair;
    std::int64_t start = 0, end = 0;
    if (item.get(pair) || pair.size() != 2 || pair.at(0).get(start) || pair.at(1).get(end))
      fail(column, "item " + std::to_string(out.size()) + " is not a pair of integers");
    out.push_back(span(start, end, column));
  }
  return out;
}

void RowCheck::fail(const char* column, const std::string& what) const {
  throw std::runtime_error(store_ + ": damaged store: table " + table_ + ", article '" + article_ +
                           "', " + column + ": " + what);
}

}  // namespace claimgraph
