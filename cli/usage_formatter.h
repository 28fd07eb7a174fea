#pragma once
// Help text that names what a command takes: "Usage: claimgraph path [OPTIONS] INPUTS... FROM
// TO" rather than CLI11's "args...", and one line for a missing positional that says the same.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace claimgraph::cli {

/// CLI11's formatter with positionals shown as their usage text (set with option_text), else
/// as their name in capitals, "..." after one that takes many.
class UsageFormatter : public CLI::Formatter {
 public:
  /// A positional's usage.
  std::string make_option_usage(const CLI::Option* opt) const override;
};

/// A positional's usage as UsageFormatter shows it.
std::string positional_usage(const CLI::Option& opt);

/// For CLI11's "args is required" after a subcommand was named: one line saying what the
/// command expects ("claimgraph path: expected INPUTS... FROM TO: ..."); nothing otherwise.
std::optional<std::string> missing_positional_message(const CLI::App& app,
                                                      const CLI::ParseError& error);

}  // namespace claimgraph::cli
