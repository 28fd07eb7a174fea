// Fuzzes the JSON Lines article reader: any bytes, one record a line, within a limit the first
// byte chooses (an odd one also names the keys, as --text-column and the like do); every article
// it gives must hold valid UTF-8 text that is not blank, metadata, an ISO date or none, and an id.

#include <sstream>

#include "fuzz_bytes.h"
#include "graph/io/record_input.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

/// Aborts unless `a` is an article the rest of claimgraph can take.
void require_article(const Article& a, const InputLimits& limits) {
  for (const std::string* s : {&a.id, &a.text, &a.title, &a.outlet, &a.date, &a.url})
    require_utf8(*s);
  require(a.text.size() <= limits.max_bytes, "article over the limit", a.id);
  require(!a.id.empty(), "article without an id", a.text);
  require(!is_blank_text(a.text), "an empty article was passed on", a.id);
  require_iso_date(a.date);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  InputLimits limits;
  std::uint8_t b = in.byte();
  if (b) limits.max_bytes = b * 16u;
  ColumnNames keys;
  if (b & 1) keys = {.text = "body", .id = "key", .outlet = "paper", .date = "when"};
  std::istringstream stream(in.rest());
  ArticleSink sink{[&](Article&& a) { require_article(a, limits); }, [](const InputError&) {}};
  read_json_lines(stream, {"fuzz.jsonl", "fuzz", 1}, sink, limits, keys);
  return 0;
}
