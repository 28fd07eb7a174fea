#pragma once
// The explorer's HTTP interface as a pure function of the request: method, path and query
// parameters in; status, content type, headers and body out. The server (server.h) only moves
// bytes, so every endpoint and every hostile request is tested here without sockets.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "graph/serve/api_params.h"
#include "graph/serve/explorer_graph.h"

namespace claimgraph {

/// A request as the API reads it.
struct ApiRequest {
  std::string method = "GET";
  std::string path;  ///< percent-decoded, without the query
  ApiParams params;  ///< the query's parameters, percent-decoded
};

/// An answer: a JSON document, an embedded file, or {"error": "..."} with a 4xx.
struct ApiResponse {
  int status = 200;
  std::string content_type;
  std::vector<std::pair<std::string, std::string>> headers;  ///< the security headers and more
  std::string body;
};

/// The Content-Security-Policy of every answer: this origin only, no inline code, no frames.
extern const char* const kContentSecurityPolicy;

/// The explorer's API and pages over one graph, answering from any number of threads at once.
class Api {
 public:
  /// Serves `graph`, whose views are made once now.
  explicit Api(ExplorerGraph graph);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  /// The answer to a request; never throws: a bad request is a 4xx with a JSON error.
  ApiResponse handle(const ApiRequest& request) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace claimgraph
