// claimgraph explain-entity: what one graph entity is made of across articles, and why each
// key joined it (or was kept apart), so a user can check the machine and correct it.

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/query/path.h"

namespace claimgraph::cli {

namespace {

struct ExplainArgs {
  InputOptions inputs;
  std::vector<std::string> positionals;  // inputs..., NAME
};

void print_notes(const char* heading, const std::vector<MergeNote>& notes) {
  if (notes.empty()) return;
  std::cout << heading << "\n";
  for (const auto& n : notes) std::cout << "  " << n.id << "  (" << n.reason << ")\n";
}

void explain(const EntityNode& e) {
  std::cout << e.id << "\n  name: " << e.name << "\n  kind: " << to_string(e.kind)
            << "\n  mentions: " << e.mentions << " in " << e.articles.size() << " article"
            << (e.articles.size() == 1 ? "" : "s") << "\n";
  std::cout << "aliases:" << (e.aliases.empty() ? " -" : "") << "\n";
  for (const auto& a : e.aliases) std::cout << "  " << a << "\n";
  std::cout << "articles:\n";
  for (const auto& a : e.articles) std::cout << "  " << a << "\n";
  print_notes("merged into it:", e.merged);
  print_notes("kept apart from it:", e.kept_apart);
}

int run(ExplainArgs& a) {
  if (a.positionals.size() < 2) {
    std::cerr << "claimgraph explain-entity: expected INPUTS... NAME\n";
    return kUsage;
  }
  std::string name = a.positionals.back();
  a.positionals.pop_back();
  a.inputs.inputs = a.positionals;
  ClaimGraph graph = build_graph(a.inputs);
  EntityLookup found = find_entity(graph, name);
  if (!found.vertex) {
    std::cerr << "claimgraph explain-entity: no entity named '" << name << "'";
    for (std::size_t i = 0; i < found.suggestions.size(); ++i)
      std::cerr << (i ? ", " : "; did you mean: ") << found.suggestions[i];
    std::cerr << "\n";
    return kNoAnswer;
  }
  explain(graph.entity(*found.vertex));
  return a.inputs.failures ? kInputsFailed : kOk;
}

}  // namespace

Runner setup_explain_entity(CLI::App& sub) {
  auto a = std::make_shared<ExplainArgs>();
  sub.add_option("args", a->positionals, "Article inputs (files, folders, -), then an entity name")
      ->required();
  sub.add_option("--lexicons", a->inputs.lexicon_dir, "Use the lexicon files in this folder")
      ->check(CLI::ExistingDirectory);
  add_alias_option(sub, a->inputs);
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
