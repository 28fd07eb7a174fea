#include "cli/commands.h"

#include "graph/io/terminal_text.h"
#include "graph/text/normalize.h"

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

std::optional<std::string> unknown_command_message(std::string_view word) {
  if (word.empty() || word.front() == '-') return std::nullopt;
  std::string_view nearest;
  std::size_t best = SIZE_MAX;
  for (const Command& c : commands()) {
    if (word == c.name) return std::nullopt;
    std::size_t d = edit_distance(word, c.name);
    if (d < best) best = d, nearest = c.name;
  }
  std::string line = "claimgraph: '" + terminal_safe(std::string(word)) + "' is not a command";
  // Near: a typo or two, never most of the word (the distance is at most a third of it).
  if (best <= std::max<std::size_t>(1, word.size() / 3))
    line += "; did you mean '" + std::string(nearest) + "'?";
  return line + " (claimgraph --help lists them)\n";
}

}  // namespace claimgraph::cli
