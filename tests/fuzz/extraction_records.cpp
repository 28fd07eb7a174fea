// Fuzzes the extraction records `merge` reads: every record accepted must write back as a record
// that reads again and writes the same bytes (what `merge` stores, `extract` writes again).

#include <sstream>

#include "graph/io/extraction_input.h"
#include "record_round_trip.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream stream(std::string(reinterpret_cast<const char*>(data), size));
  read_extraction_lines(
      stream, "fuzz.jsonl", [](StoredArticle&& a) { require_round_trip(a); },
      [](const InputError&) {});
  return 0;
}
