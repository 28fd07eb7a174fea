#include "cli/commands.h"

#include "graph/io/terminal_text.h"
#include "graph/text/normalize.h"

#include <algorithm>
#include <vector>

namespace claimgraph::cli {

std::span<const Command> commands() {
  static const Command table[] = {
      {"extract", "Extract entities, attributions and relations as JSON Lines", setup_extract},
      {"build", "Extract articles on all cores into a graph store (SQLite), incrementally",
       setup_build},
      {"merge", "Combine partial results (extract's JSON Lines) and stores into one store",
       setup_merge},
      {"articles",
       "Write the articles of any inputs as JSON Lines records with their ids (a map step's "
       "input)",
       setup_articles},
      {"render", "Draw the claim graph of articles as SVG or DOT", setup_render},
      {"export",
       "Write the merged graph as GraphML, GEXF, node-link JSON, Neo4j CSV or a Cypher script",
       setup_export},
      {"path", "Show how two entities are connected, with the evidence for each hop", setup_path},
      {"neighbors", "List an entity's neighbourhood by relation kind, strongest edges first",
       setup_neighbors},
      {"contested", "Find contacts one source reports and another denies, and thin claims",
       setup_contested},
      {"rank", "Rank entities by degree, weighted degree or betweenness; speakers; outlets",
       setup_rank},
      {"stats", "Count articles and relations by outlet or by period", setup_stats},
      {"explain-entity", "Show what an entity merges across articles, and why",
       setup_explain_entity},
      {"entities",
       "List the merged entities with kind, relations, articles and aliases, for review",
       setup_entities},
      {"serve", "Explore a store in the browser: search, neighbourhoods, paths and evidence",
       setup_serve},
      {"eval", "Score extraction against gold annotations", setup_eval},
  };
  return table;
}

namespace {

/// The candidate nearest to `word` when it is near: a typo or two, never most of the word (the
/// distance is at most a third of it). A one-letter option ("-Z") is near every other: none.
std::optional<std::string> nearest_of(std::string_view word, std::span<const std::string> names) {
  if (word.size() <= 2 && word.starts_with('-')) return std::nullopt;
  const std::string* nearest = nullptr;
  std::size_t best = SIZE_MAX;
  for (const std::string& name : names) {
    std::size_t d = edit_distance(word, name);
    if (d < best) best = d, nearest = &name;
  }
  if (!nearest || best > std::max<std::size_t>(1, word.size() / 3)) return std::nullopt;
  return *nearest;
}

/// `line` with "; did you mean 'X'?" when a name is near `word`.
std::string with_suggestion(std::string line, std::string_view word,
                            std::span<const std::string> names) {
  if (auto nearest = nearest_of(word, names)) line += "; did you mean '" + *nearest + "'?";
  return line;
}

/// Every spelling of the options `app` takes: "--long" and "-s".
std::vector<std::string> option_spellings(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : app.get_options()) {
    for (const std::string& name : opt->get_lnames()) names.push_back("--" + name);
    for (const std::string& name : opt->get_snames()) names.push_back("-" + name);
  }
  return names;
}

}  // namespace

std::optional<std::string> unknown_command_message(std::string_view word) {
  if (word.empty()) return std::nullopt;
  if (word.front() == '-') {  // before a command: only the program's own options
    static const std::string kOptions[] = {"--help", "-h", "--version"};
    if (std::ranges::find(kOptions, word) != std::end(kOptions)) return std::nullopt;
    std::string line = "claimgraph: '" + terminal_safe(std::string(word)) + "' is not an option";
    return with_suggestion(std::move(line), word, kOptions) + " (claimgraph --help lists them)\n";
  }
  std::vector<std::string> names;
  for (const Command& c : commands()) {
    if (word == c.name) return std::nullopt;
    names.emplace_back(c.name);
  }
  std::string line = "claimgraph: '" + terminal_safe(std::string(word)) + "' is not a command";
  return with_suggestion(std::move(line), word, names) + " (claimgraph --help lists them)\n";
}

std::optional<std::string> unknown_option_message(const CLI::App& app,
                                                  const CLI::ParseError& error) {
  if (!dynamic_cast<const CLI::ExtrasError*>(&error)) return std::nullopt;
  const CLI::App* command = &app;
  std::string words = "claimgraph";
  for (const CLI::App* sub : app.get_subcommands()) command = sub, words += " " + sub->get_name();
  for (const std::string& extra : command->remaining()) {
    if (extra.size() < 2 || extra.front() != '-') continue;
    std::string option = extra.substr(0, extra.find('='));  // --name=value names --name
    std::string line = words + ": '" + terminal_safe(option) + "' is not an option";
    return with_suggestion(std::move(line), option, option_spellings(*command)) + " (" + words +
           " --help lists them)\n";
  }
  return std::nullopt;
}

}  // namespace claimgraph::cli
