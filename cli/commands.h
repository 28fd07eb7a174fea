#pragma once
// The subcommands, as a table of data: name, one-line help, and a setup function that adds
// the subcommand's options to its CLI11 app and returns what runs it.

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace claimgraph::cli {

/// Exit statuses, as the README documents them.
enum Exit : int {
  kOk = 0,            ///< everything succeeded
  kInputsFailed = 1,  ///< some inputs could not be used; the rest were processed
  kUsage = 2,         ///< the command line was wrong
  kNoAnswer = 3,      ///< a query has no answer (unknown name, no path)
  kFailed = 4,        ///< the command could not run at all (unwritable output, bad lexicon)
};

/// What a configured subcommand runs once the command line is parsed.
using Runner = std::function<int()>;

/// One row of the subcommand table.
struct Command {
  const char* name;
  const char* help;
  Runner (*setup)(CLI::App& sub);
};

/// Every subcommand, in the order `--help` lists them.
std::span<const Command> commands();

/// For a first word that is neither a command nor an option: one line naming it, with the
/// nearest command when one is near ("pth" -> path); nothing for a command or an option.
std::optional<std::string> unknown_command_message(std::string_view word);

/// For CLI11's "argument was not expected" on an option (`path --evidense`): one line naming the
/// command and the option, with the command's nearest option when one is near; nothing otherwise.
std::optional<std::string> unknown_option_message(const CLI::App& app,
                                                  const CLI::ParseError& error);

Runner setup_extract(CLI::App& sub);
Runner setup_build(CLI::App& sub);
Runner setup_merge(CLI::App& sub);
Runner setup_articles(CLI::App& sub);
Runner setup_render(CLI::App& sub);
Runner setup_export(CLI::App& sub);
Runner setup_path(CLI::App& sub);
Runner setup_neighbors(CLI::App& sub);
Runner setup_contested(CLI::App& sub);
Runner setup_rank(CLI::App& sub);
Runner setup_stats(CLI::App& sub);
Runner setup_eval(CLI::App& sub);
Runner setup_explain_entity(CLI::App& sub);
Runner setup_entities(CLI::App& sub);
Runner setup_serve(CLI::App& sub);

}  // namespace claimgraph::cli
