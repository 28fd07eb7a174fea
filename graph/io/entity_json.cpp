#include "graph/io/entity_json.h"

#include <nlohmann/json.hpp>

namespace claimgraph {

std::string to_json_line(const EntityRow& row) {
  nlohmann::ordered_json out{{"id", row.id},
                             {"name", row.name},
                             {"kind", to_string(row.kind)},
                             {"aliases", row.aliases},
                             {"articles", row.articles},
                             {"mentions", row.mentions},
                             {"relations", row.relations}};
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace claimgraph
