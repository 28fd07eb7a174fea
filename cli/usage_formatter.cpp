#include "cli/usage_formatter.h"

#include <cctype>

namespace claimgraph::cli {

std::string UsageFormatter::make_option_usage(const CLI::Option* opt) const {
  std::string usage = positional_usage(*opt);
  return opt->get_required() ? usage : "[" + usage + "]";
}

std::string positional_usage(const CLI::Option& opt) {
  if (!opt.get_option_text().empty()) return opt.get_option_text();
  std::string usage = opt.get_name(true);
  for (char& c : usage) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return opt.get_expected_max() > 1 ? usage + "..." : usage;
}

namespace {

/// The first required positional left empty in the subcommands parsed under `app` (the
/// innermost first), with the command words leading to it.
std::optional<std::string> missing_in(const CLI::App& app, const std::string& words) {
  for (const CLI::App* sub : app.get_subcommands()) {
    std::string command = words + " " + sub->get_name();
    if (auto deeper = missing_in(*sub, command)) return deeper;
    auto positionals = sub->get_options([](const CLI::Option* o) { return o->get_positional(); });
    for (const CLI::Option* opt : positionals)
      if (opt->get_required() && opt->count() == 0)
        return command + ": expected " + positional_usage(*opt) + " (" + opt->get_description() +
               "); see " + command + " --help\n";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> missing_positional_message(const CLI::App& app,
                                                      const CLI::ParseError& error) {
  if (!dynamic_cast<const CLI::RequiredError*>(&error)) return std::nullopt;
  return missing_in(app, "claimgraph");
}

}  // namespace claimgraph::cli
