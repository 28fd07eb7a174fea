// claimgraph articles: the articles of any inputs (text files, JSON Lines, CSV, folders, globs)
// as JSON Lines records, each with the id and metadata a build gives it. This is the input of
// a map step run elsewhere (Dask, GNU parallel, Spark): `extract -` on any slice of it names
// every article as a single-process build would.

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/io/json_output.h"

namespace claimgraph::cli {

Runner setup_articles(CLI::App& sub) {
  return json_lines_command(sub, [](InputOptions& options, std::ostream& out) {
    for (const auto& store : options.take_stores()) {
      std::cerr << "claimgraph: " << store << ": is a graph store; it holds no article texts\n";
      ++options.failures;
    }
    if (!options.inputs.empty())
      options.read([&](Article&& article) { out << to_json_line(article) << '\n'; });
  });
}

}  // namespace claimgraph::cli
