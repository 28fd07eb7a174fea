#pragma once
// The explorer's HTTP server: a thin layer that hands every request to Api and writes its
// answer back. The only file that sees the HTTP library, so no header depends on it.

#include <functional>
#include <string>

#include "graph/serve/api.h"

namespace claimgraph {

/// Where the server listens.
struct ServeOptions {
  std::string host = "127.0.0.1";  ///< loopback unless the user says otherwise
  int port = 8080;                 ///< 0: any free port
};

/// Serves `api` until SIGINT or SIGTERM; calls `ready` with the port once it accepts
/// connections. Throws std::runtime_error when it cannot listen there.
void serve(const Api& api, const ServeOptions& options, const std::function<void(int)>& ready);

/// The HTTP library the server runs on (cpp-httplib), for --version.
std::string http_library_version();

}  // namespace claimgraph
