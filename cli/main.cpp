// claimgraph: who said what about whom, from news articles to a graph.

#include <cstdio>
#include <iostream>
#include <vector>

#include "cli/commands.h"
#include "graph/io/terminal_text.h"

namespace {

/// True when everything written to standard output reached it: a full disk (>/dev/full) must
/// not pass for success, whichever command wrote.
bool output_written() {
  std::cout.flush();
  return std::cout.good() && std::fflush(stdout) == 0 && !std::ferror(stdout);
}

/// Runs a parsed subcommand: its status, or kFailed (after one line) when it threw or its
/// output could not be written. Messages may quote paths and ids: escaped for the terminal.
int run_command(const std::string& name, const claimgraph::cli::Runner& run) {
  using namespace claimgraph;
  int status;
  try {
    status = run();
  } catch (const std::exception& e) {
    std::cerr << "claimgraph " << name << ": " << terminal_safe(e.what()) << "\n";
    return cli::kFailed;
  }
  if (output_written()) return status;
  std::cerr << "claimgraph " << name << ": writing to standard output failed\n";
  return cli::kFailed;
}

/// The status for a command line CLI11 did not run: --help and --version (0, unless their text
/// could not be written: kFailed) or a usage error (kUsage, the message on standard error).
int parse_exit(const CLI::App& app, const CLI::ParseError& e) {
  using namespace claimgraph::cli;
  if (app.exit(e) != 0) return kUsage;
  if (output_written()) return kOk;
  std::cerr << "claimgraph: writing to standard output failed\n";
  return kFailed;
}

}  // namespace

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
  if (auto unknown = argc > 1 ? unknown_command_message(argv[1]) : std::nullopt) {
    std::cerr << *unknown;
    return kUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return parse_exit(app, e);
  }
  for (auto& [sub, run] : runners)
    if (sub->parsed()) return run_command(sub->get_name(), run);
  return kUsage;
}
