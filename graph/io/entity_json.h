#pragma once
// An entity row of `claimgraph entities` as one JSON Lines record, for scripts that review
// the node list or generate alias rules from it.

#include <string>

#include "graph/query/entity_list.h"

namespace claimgraph {

/// {"id","name","kind","aliases","articles","mentions","relations"} on one line, without the
/// trailing newline; control characters escaped as JSON requires, invalid UTF-8 replaced.
std::string to_json_line(const EntityRow& row);

}  // namespace claimgraph
