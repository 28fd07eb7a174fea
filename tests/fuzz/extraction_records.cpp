// Fuzzes the extraction records `merge` reads: every record accepted must write back as a record
// that reads again and writes the same bytes (what `merge` stores, `extract` writes again).

#include <sstream>

#include "graph/io/extraction_input.h"
#include "graph/io/json_output.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

/// Aborts unless `record`, written out, reads back and writes the same line again.
void require_round_trip(const StoredArticle& record) {
  std::string line = to_json_line(record);
  require_json(line);
  StoredArticle again;
  try {
    again = parse_extraction_line(line);
  } catch (const std::runtime_error& e) {
    require(false, e.what(), line);
  }
  require(to_json_line(again) == line, "a record does not read back as written", line);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream stream(std::string(reinterpret_cast<const char*>(data), size));
  read_extraction_lines(
      stream, "fuzz.jsonl", [](StoredArticle&& a) { require_round_trip(a); },
      [](const InputError&) {});
  return 0;
}
