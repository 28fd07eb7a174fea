// claimgraph: who said what about whom, from news articles to a graph.

#include <iostream>
#include <vector>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace claimgraph::cli;
  CLI::App app{"claimgraph: turn news articles into a graph of who said what about whom"};
  app.require_subcommand(1);
  app.set_version_flag("--version", CLAIMGRAPH_VERSION);
  std::vector<std::pair<CLI::App*, Runner>> runners;
  for (const Command& command : commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.help);
    runners.emplace_back(sub, command.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kOk : kUsage;
  }
  for (auto& [sub, run] : runners) {
    if (!sub->parsed()) continue;
    try {
      return run();
    } catch (const std::exception& e) {
      std::cerr << "claimgraph " << sub->get_name() << ": " << e.what() << "\n";
      return kFailed;
    }
  }
  return kUsage;
}
