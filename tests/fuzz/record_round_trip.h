#pragma once
// The round trip every extraction record must survive: what `merge` reads, `extract` writes
// again byte for byte.

#include <stdexcept>
#include <string>

#include "graph/io/extraction_input.h"
#include "graph/io/json_output.h"
#include "well_formed.h"

namespace claimgraph::fuzz {

/// Aborts unless `record`, written out, reads back and writes the same line again.
inline void require_round_trip(const StoredArticle& record) {
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

}  // namespace claimgraph::fuzz
