// Fuzzes plain text article input: standard input, sniffed as one text article or as JSON
// Lines, and the UTF-8, binary and size checks, within a limit the first byte chooses so the
// over-limit paths are reached too.

#include <sstream>

#include "fuzz_bytes.h"
#include "graph/io/input.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  InputLimits limits;
  if (std::uint8_t b = in.byte()) limits.max_bytes = b * 16u;
  std::string bytes = in.rest();
  std::istringstream standard_input(bytes);
  ArticleSink sink{[&](Article&& a) {
                     require_utf8(a.text);
                     require(a.text.size() <= limits.max_bytes, "article over the limit", a.id);
                     require(!a.id.empty(), "article without an id", a.text);
                   },
                   [](const InputError&) {}};
  read_inputs({"-"}, standard_input, sink, limits);
  if (check_text(bytes, limits).empty()) require_utf8(bytes);
  return 0;
}
