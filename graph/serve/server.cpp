#include "graph/serve/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <csignal>
#include <memory>
#include <stdexcept>
#include <thread>

#include "graph/serve/view_json.h"

namespace claimgraph {

namespace {

/// Threads answering at once: a kept-alive connection holds one, so there are more than cores
/// (20 clients must not queue behind each other's idle connections).
constexpr std::size_t kThreads = 48;

/// The request as the API reads it.
ApiRequest api_request(const httplib::Request& req) {
  ApiRequest out{req.method, req.path, {}};
  for (const auto& [name, value] : req.params) out.params.emplace(name, value);
  return out;
}

/// Answers every request through the API, whatever its method or path.
httplib::Server::HandlerResponse answer(const Api& api, const httplib::Request& req,
                                        httplib::Response& res) {
  ApiResponse a = api.handle(api_request(req));
  res.status = a.status;
  for (const auto& [name, value] : a.headers) res.set_header(name.c_str(), value);
  // Sent as sized content, which the library never compresses: it would brotli every answer
  // at the highest quality for a browser (0.25 s for the graph library), and on the machine
  // itself compression saves nothing.
  auto body = std::make_shared<std::string>(std::move(a.body));
  res.set_content_provider(body->size(), a.content_type.c_str(),
                           [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                             return sink.write(body->data() + offset, length);
                           });
  return httplib::Server::HandlerResponse::Handled;
}

/// Errors the HTTP library answers itself (a malformed request line, a URI too long): JSON and
/// the same headers as every other answer.
httplib::Server::HandlerResponse library_error(const Api& api, httplib::Response& res) {
  if (res.has_header("Content-Security-Policy"))  // the API's own answer
    return httplib::Server::HandlerResponse::Unhandled;
  ApiResponse headers = api.handle({"GET", "/api/", {}});
  for (const auto& [name, value] : headers.headers) res.set_header(name.c_str(), value);
  res.set_content(error_json("bad request (HTTP " + std::to_string(res.status) + ")"),
                  "application/json; charset=utf-8");
  return httplib::Server::HandlerResponse::Handled;
}

/// Sets up the server's limits and handlers.
void configure(httplib::Server& server, const Api& api) {
  server.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  server.set_payload_max_length(64 * 1024);  // the API reads no bodies
  server.set_read_timeout(5, 0);
  server.set_write_timeout(5, 0);
  server.set_keep_alive_max_count(10000);
  // Headers and body go out in two writes: without this, Nagle holds the body back until the
  // client's delayed ACK, 40 ms on Linux, for every small answer.
  server.set_tcp_nodelay(true);
  // The library's default adds SO_REUSEPORT, which lets a second server take the same port
  // and half its connections; a port in use must be an error instead.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  server.set_pre_routing_handler([&api](const httplib::Request& req, httplib::Response& res) {
    return answer(api, req, res);
  });
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [&api](const httplib::Request&, httplib::Response& res) { return library_error(api, res); }));
}

/// Binds `server` as the options say; returns the port.
int bind(httplib::Server& server, const ServeOptions& options) {
  int port = options.port == 0
                 ? server.bind_to_any_port(options.host)
                 : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port <= 0)
    throw std::runtime_error("cannot listen on " + options.host + ":" +
                             std::to_string(options.port));
  return port;
}

}  // namespace

void serve(const Api& api, const ServeOptions& options, const std::function<void(int)>& ready) {
  httplib::Server server;
  configure(server, api);
  int port = bind(server, options);
  // SIGINT and SIGTERM are blocked in every thread and taken by one that stops the server, so
  // the process ends through the normal path (destructors, a flushed log).
  sigset_t stop_signals, previous;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  // A shell starts background jobs with SIGINT ignored, and an ignored signal never reaches
  // sigwait: `kill -INT` must stop the server however it was started.
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);
  std::thread watcher([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  ready(port);
  server.listen_after_bind();
  pthread_kill(watcher.native_handle(), SIGTERM);  // wakes the watcher when listening failed
  watcher.join();
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
}

std::string http_library_version() { return CPPHTTPLIB_VERSION; }

}  // namespace claimgraph
