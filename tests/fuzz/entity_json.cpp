// Fuzzes the entity listing's JSON writer: names, ids and aliases of any bytes must write as
// one valid JSON line, and valid UTF-8 names must come back unchanged.

#include "graph/io/entity_json.h"
#include "fuzz_bytes.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  EntityRow row;
  row.kind = static_cast<EntityKind>(in.below(6));
  row.id = in.string(), row.name = in.string();
  for (std::size_t n = in.below(4); n > 0; --n) row.aliases.push_back(in.string());
  row.articles = in.u64(), row.mentions = in.u32(), row.relations = in.byte();
  std::string line = to_json_line(row);
  require(line.find('\n') == std::string::npos, "an entity spans lines", line);
  auto parsed = require_json(line);
  if (!find_invalid_utf8(row.name))
    require(parsed["name"] == row.name, "a name does not read back", line);
  require(parsed["articles"] == row.articles, "a count does not read back", line);
  return 0;
}
