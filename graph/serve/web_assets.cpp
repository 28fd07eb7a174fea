#include "graph/serve/web_assets.h"

namespace claimgraph {

const WebAsset* find_web_asset(std::string_view name) {
  for (const WebAsset& asset : web_assets())
    if (asset.name == name) return &asset;
  return nullptr;
}

std::string_view content_type_of(std::string_view name) {
  auto ends = [&](std::string_view end) {
    return name.size() >= end.size() && name.substr(name.size() - end.size()) == end;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  return "application/octet-stream";
}

}  // namespace claimgraph
