#pragma once
// A streaming RFC 4180 CSV reader: quoted fields, doubled quotes, newlines inside quotes, CRLF.
// It pulls one record at a time from a stream so files of any size read in bounded memory, and
// a bad record carries its problem instead of ending the read, so callers can report and go on.
// Fields are written the same way (csv_quoted), so what the writer quotes the reader takes back.

#include <cstddef>
#include <istream>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// One CSV record and where it started.
struct CsvRecord {
  std::vector<std::string> fields;
  std::size_t line = 0;  ///< 1-based line the record starts on
  std::string error;     ///< why the record is unusable; empty when it is fine
};

/// Pulls records from a stream, one at a time.
class CsvReader {
 public:
  /// Reads from `in`; records over `max_record_bytes` are flagged and their data dropped.
  explicit CsvReader(std::istream& in,
                     std::size_t max_record_bytes = std::numeric_limits<std::size_t>::max());

  /// Reads the next record into `record`; false at the end of the input.
  bool next(CsvRecord& record);

 private:
  void read_quoted(CsvRecord& record);
  void check_after_quote(CsvRecord& record);
  void append(CsvRecord& record, char c);
  void fail(CsvRecord& record, std::string message);

  std::streambuf* buf_;
  std::size_t max_bytes_;
  std::size_t line_ = 1;
  std::size_t bytes_ = 0;  ///< bytes stored for the current record
};

/// `field` as one RFC 4180 field: in double quotes with each quote doubled, so commas, quotes
/// and newlines in it stay inside it.
std::string csv_quoted(std::string_view field);

}  // namespace claimgraph
