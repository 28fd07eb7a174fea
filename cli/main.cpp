// claimgraph: who said what about whom, from news articles to a graph.

#include <cstdio>
#include <iostream>
#include <vector>

#include "cli/commands.h"
#include "cli/usage_formatter.h"
#include "cli/version.h"
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
  for (auto message : {missing_positional_message(app, e), unknown_option_message(app, e)})
    if (message) {
      std::cerr << *message;
      return kUsage;
    }
  if (app.exit(e) != 0) return kUsage;
  if (output_written()) return kOk;
  std::cerr << "claimgraph: writing to standard output failed\n";
  return kFailed;
}

/// Options whose default is "nothing" (an empty list) show none, rather than "=[]".
void clear_empty_defaults(CLI::App& app) {
  for (CLI::Option* opt : app.get_options([](const CLI::Option*) { return true; }))
    if (opt->get_default_str() == "[]") opt->default_str("");
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    clear_empty_defaults(*sub);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace claimgraph::cli;
  CLI::App app{"claimgraph: turn news articles into a graph of who said what about whom",
               "claimgraph"};
  app.require_subcommand(1);
  app.formatter(std::make_shared<UsageFormatter>());
  app.option_defaults()->always_capture_default();  // help shows each option's default
  app.set_version_flag("--version", version_text);
  std::vector<std::pair<CLI::App*, Runner>> runners;
  for (const Command& command : commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.help);
    runners.emplace_back(sub, command.setup(*sub));
  }
  clear_empty_defaults(app);
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
