// claimgraph serve: the explorer in the browser, over a store read once and never written.

#include <iostream>

#include "cli/commands.h"
#include "cli/query_text.h"
#include "graph/serve/server.h"

namespace claimgraph::cli {

namespace {

struct ServeArgs {
  std::string store;
  ServeOptions options;
};

/// Loads the store, then serves it until SIGINT or SIGTERM.
int run(const ServeArgs& a) {
  Api api(load_explorer_graph(a.store));
  serve(api, a.options, [&](int port) {
    std::cout << "serving " << shown(a.store) << " on http://" << a.options.host << ":" << port
              << std::endl;  // flushed: scripts wait for this line
  });
  return kOk;
}

}  // namespace

Runner setup_serve(CLI::App& sub) {
  auto a = std::make_shared<ServeArgs>();
  sub.add_option("store", a->store, "The graph store to explore (opened read-only)")
      ->required()
      ->check(CLI::ExistingFile);
  sub.add_option("--port", a->options.port, "Port to listen on; 0 picks a free one")
      ->check(CLI::Range(0, 65535));
  sub.add_option("--host", a->options.host,
                 "Address to listen on; the default lets only this machine in");
  sub.footer(
      "Open the printed address in a browser: search a name, click an edge to read its "
      "evidence, find paths. Stops on Ctrl-C.\n");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
