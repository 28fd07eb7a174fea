// Fuzzes the CSV readers: the RFC 4180 record reader under a small record limit, and the CSV
// article reader with its header (an odd first byte also names the columns, as --text-column and
// the like do); every article must hold valid UTF-8 metadata, text that is not blank, an ISO date
// or none, and an id.

#include <sstream>

#include "fuzz_bytes.h"
#include "graph/io/csv.h"
#include "graph/io/record_input.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

/// Reads `bytes` as CSV records of at most `limit` bytes; lines must only grow.
void read_records(const std::string& bytes, std::size_t limit) {
  std::istringstream stream(bytes);
  CsvReader reader(stream, limit);
  std::size_t line = 0;
  for (CsvRecord record; reader.next(record);) {
    require(record.line > line, "CSV record lines do not grow", bytes);
    line = record.line;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  InputLimits limits;
  std::uint8_t b = in.byte();
  if (b) limits.max_bytes = b * 16u;
  std::string bytes = in.rest();
  read_records(bytes, 1 + b);
  std::istringstream stream(bytes);
  ArticleSink sink{[&](Article&& a) {
                     for (const std::string* s : {&a.id, &a.title, &a.outlet, &a.date, &a.url})
                       require_utf8(*s);
                     require_utf8(a.text);
                     require(a.text.size() <= limits.max_bytes, "article over the limit", a.id);
                     require(!a.id.empty(), "article without an id", a.text);
                     require(!is_blank_text(a.text), "an empty article was passed on", a.id);
                     require_iso_date(a.date);
                   },
                   [](const InputError&) {}};
  ColumnNames columns;
  if (b & 1) columns = {.text = "body", .id = "key", .outlet = "paper", .date = "when"};
  read_csv_articles(stream, {"fuzz.csv", "fuzz", 1}, sink, limits, columns);
  return 0;
}
