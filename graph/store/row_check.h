#pragma once
// A store is untrusted input: it may be damaged, hand-edited or written by another tool. Every
// value read from its rows is checked as it is converted (entity indices in range, spans inside
// the text, kinds known, text valid UTF-8, JSON columns well formed), and the first bad one is an
// error naming the store, the table and the article, never an index that crashes a reader
// downstream.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model/extraction.h"

namespace claimgraph {

/// Checks the rows of one stored article as they are read.
class RowCheck {
 public:
  /// Rows of `article` in the store at `store`, whose text was `text_bytes` long (0: unknown).
  RowCheck(std::string store, std::string article, std::size_t text_bytes);

  /// Names the table whose rows are read next, for the errors.
  void table(const char* name) { table_ = name; }
  /// `value` as an index among `count` entities.
  EntityIndex entity(std::int64_t value, std::size_t count, const char* column) const;
  /// A code-point span: 0 <= start <= end, within the text when its size is known.
  Span span(std::int64_t start, std::int64_t end, const char* column) const;
  /// Spans written as "12-40,55-80" (empty: none).
  std::vector<Span> spans(std::string_view text, const char* column) const;
  /// A text column, which must be valid UTF-8 (writers and terminals rely on it).
  std::string text(std::string value, const char* column) const;
  /// A JSON array of strings (an entity's aliases), each valid UTF-8, in order.
  std::vector<std::string> strings(std::string_view json, const char* column) const;
  /// A JSON array of [start, end] integer pairs (an entity's mentions), each checked as span().
  std::vector<Span> span_pairs(std::string_view json, const char* column) const;
  /// What a kind parser made of `text`; unknown kinds are an error, never a default.
  template <typename T>
  T known(std::optional<T> parsed, const std::string& text, const char* column) const {
    if (!parsed) fail(column, "unknown value '" + text + "'");
    return *parsed;
  }
  /// Throws unless `value` is valid UTF-8.
  void require_utf8(std::string_view value, const char* column) const;
  /// Throws "<store>: damaged store: table <t>, article '<id>', <column>: <what>".
  [[noreturn]] void fail(const char* column, const std::string& what) const;

 private:
  std::string store_, article_;
  std::size_t text_bytes_;
  const char* table_ = "articles";
};

}  // namespace claimgraph
