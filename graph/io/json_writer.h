#pragma once
// JSON text written straight into a string, for the explorer's answers and the extraction
// records: a document tree of a hub's 200 edges cost four fifths of a neighbourhood answer in
// allocations, building and freeing it. Commas and nesting are the writer's; keys come out in the
// order written.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// Appends JSON values to a string; every string is escaped, invalid UTF-8 becomes U+FFFD.
class JsonWriter {
 public:
  /// Opens an object: key/value pairs follow until end_object.
  JsonWriter& begin_object();
  /// Closes the innermost object.
  JsonWriter& end_object();
  /// Opens an array: values follow until end_array.
  JsonWriter& begin_array();
  /// Closes the innermost array.
  JsonWriter& end_array();
  /// Names the next value of the current object.
  JsonWriter& key(std::string_view name);

  /// A string value.
  JsonWriter& value(std::string_view text);
  /// A string value (without this, a literal would pick the bool overload).
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  /// A string value.
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  /// A count.
  JsonWriter& value(std::size_t number);
  /// A number as its shortest exact decimal, "1.0" for a whole one; null when not finite.
  JsonWriter& value(double number);
  /// true or false.
  JsonWriter& value(bool flag);
  /// null.
  JsonWriter& null();
  /// A string value, or null when empty.
  JsonWriter& string_or_null(std::string_view text);
  /// A value written elsewhere as JSON text, spliced in as it is.
  JsonWriter& raw(std::string_view json);

  /// The text written so far.
  const std::string& text() const { return out_; }
  /// The text written, moved out.
  std::string take() { return std::move(out_); }

 private:
  /// A comma before every value of an object or array but its first.
  void separate();
  /// Opens an object or array with its bracket.
  JsonWriter& open(char bracket);
  /// Closes the innermost object or array with its bracket.
  JsonWriter& close(char bracket);

  std::string out_;
  std::vector<bool> empty_;  ///< per open object or array: nothing written in it yet
  bool after_key_ = false;
};

/// `text` as a JSON string literal, quotes included.
std::string json_string(std::string_view text);

}  // namespace claimgraph
