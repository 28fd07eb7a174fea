#include "graph/serve/api.h"

#include <map>

#include "graph/serve/api_endpoints.h"
#include "graph/serve/api_error.h"
#include "graph/serve/view_json.h"
#include "graph/serve/web_assets.h"

namespace claimgraph {

const char* const kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'";

/// The graph and what is made of it once: its views by filter and its names.
struct Api::State {
  ExplorerGraph data;
  ViewCache views;
  NameIndex names;

  explicit State(ExplorerGraph graph)
      : data(std::move(graph)), views(data.graph), names(data.graph) {}
};

namespace {

/// An endpoint's function.
using Endpoint = std::string (*)(const ApiContext&, const ApiParams&);

/// The JSON endpoints by path.
const std::map<std::string, Endpoint, std::less<>>& endpoints() {
  static const std::map<std::string, Endpoint, std::less<>> table = {
      {"/api/search", search_endpoint},       {"/api/entity", entity_endpoint},
      {"/api/neighbors", neighbors_endpoint}, {"/api/path", path_endpoint},
      {"/api/edge", edge_endpoint},           {"/api/contested", contested_endpoint},
      {"/api/rank", rank_endpoint},           {"/api/stats", stats_endpoint}};
  return table;
}

/// The headers every answer carries: no remote sources, no sniffing, no referrer, no framing.
std::vector<std::pair<std::string, std::string>> security_headers() {
  return {{"Content-Security-Policy", kContentSecurityPolicy},
          {"X-Content-Type-Options", "nosniff"},
          {"Referrer-Policy", "no-referrer"},
          {"X-Frame-Options", "DENY"},
          {"Cache-Control", "no-store"}};
}

/// The embedded file a path names ("/" is the page); 404 for any other name.
ApiResponse static_file(const std::string& path) {
  std::string name = path == "/" ? "index.html" : path.substr(path.empty() ? 0 : 1);
  if (name.find("..") != std::string::npos || name.find('\\') != std::string::npos)
    throw ApiError(400, "bad file name");
  const WebAsset* asset = find_web_asset(name);
  if (!asset) throw ApiError(404, "no such page");
  return {200, std::string(content_type_of(name)), {}, std::string(asset->body)};
}

/// The answer to a request, or an ApiError.
ApiResponse route(const ApiContext& context, const ApiRequest& request) {
  if (request.method != "GET" && request.method != "HEAD")
    throw ApiError(405, "only GET and HEAD are allowed");
  if (request.path.rfind("/api/", 0) != 0) return static_file(request.path);
  auto it = endpoints().find(request.path);
  if (it == endpoints().end()) throw ApiError(404, "no such endpoint: " + request.path);
  return {200, "application/json; charset=utf-8", {}, it->second(context, request.params)};
}

/// {"error": reason} with its status.
ApiResponse error_response(int status, const std::string& reason) {
  ApiResponse out{status, "application/json; charset=utf-8", {}, error_json(reason)};
  if (status == 405) out.headers.emplace_back("Allow", "GET, HEAD");
  return out;
}

}  // namespace

Api::Api(ExplorerGraph graph) : state_(std::make_unique<State>(std::move(graph))) {}

Api::~Api() = default;

ApiResponse Api::handle(const ApiRequest& request) const {
  ApiContext context{state_->data, state_->views, state_->names};
  ApiResponse out;
  try {
    out = route(context, request);
  } catch (const ApiError& e) {
    out = error_response(e.status(), e.what());
  } catch (const std::exception& e) {
    // A bug or exhausted memory answers this request only; the server goes on.
    out = error_response(500, std::string("internal error: ") + e.what());
  }
  for (auto& header : security_headers()) out.headers.push_back(std::move(header));
  return out;
}

}  // namespace claimgraph
