#pragma once
// SHA-256 digests in the form a Content-Security-Policy names an inline script or style by, so
// the one-file explorer runs its own code and nothing else.

#include <string>
#include <string_view>

namespace claimgraph {

/// The base64 SHA-256 digest of `data` ("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=" for "").
std::string sha256_base64(std::string_view data);

}  // namespace claimgraph
