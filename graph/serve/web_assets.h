#pragma once
// The explorer's page, script, style sheet and graph library, compiled into the binary (from
// web/ by scripts/embed_web.cmake) so serving and the HTML file fetch nothing from the network.

#include <span>
#include <string_view>

namespace claimgraph {

/// One embedded file: the name it is served under ("app.js", "lib/sigma.min.js") and its bytes.
struct WebAsset {
  std::string_view name;
  std::string_view body;
};

/// Every embedded file (generated at build time).
std::span<const WebAsset> web_assets();

/// The embedded file served under `name`, or null: only these names exist, so no request can
/// reach another file.
const WebAsset* find_web_asset(std::string_view name);

/// The Content-Type of a file by its name's ending.
std::string_view content_type_of(std::string_view name);

}  // namespace claimgraph
