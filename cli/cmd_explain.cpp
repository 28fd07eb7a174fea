// claimgraph explain-entity: what one graph entity is made of across articles, and why each
// key joined it (or was kept apart), so a user can check the machine and correct it.

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/io/terminal_text.h"
#include "graph/resolve/alias_rules.h"

namespace claimgraph::cli {

namespace {

struct ExplainArgs {
  InputOptions inputs;
  std::vector<std::string> positionals;  // inputs..., NAME
};

void print_notes(const char* heading, const std::vector<MergeNote>& notes) {
  if (notes.empty()) return;
  std::cout << heading << "\n";
  for (const auto& n : notes)
    std::cout << "  " << terminal_safe(n.id) << "  (" << terminal_safe(n.reason) << ")\n";
}

/// The alias rules that name the entity (by name, alias or id): kinds and names they set.
void print_rules(const EntityNode& e, const std::vector<AliasRule>& rules) {
  std::vector<std::string> names = e.aliases;
  names.push_back(e.name);
  names.push_back(e.id);
  auto naming = rules_naming(rules, names);
  if (naming.empty()) return;
  std::cout << "alias rules naming it:\n";
  for (const AliasRule* r : naming) std::cout << "  " << terminal_safe(r->quoted()) << "\n";
}

void explain(const EntityNode& e, const std::vector<AliasRule>& rules) {
  // Names and ids come from articles and stores: escaped, they cannot forge a line.
  std::cout << terminal_safe(e.id) << "\n  name: " << terminal_safe(e.name)
            << "\n  kind: " << to_string(e.kind) << "\n  mentions: " << e.mentions << " in "
            << e.articles.size() << " article" << (e.articles.size() == 1 ? "" : "s") << "\n";
  std::cout << "aliases:" << (e.aliases.empty() ? " -" : "") << "\n";
  for (const auto& a : e.aliases) std::cout << "  " << terminal_safe(a) << "\n";
  std::cout << "articles:\n";
  for (const auto& a : e.articles) std::cout << "  " << terminal_safe(a) << "\n";
  print_notes("merged into it:", e.merged);
  print_notes("kept apart from it:", e.kept_apart);
  print_rules(e, rules);
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
  auto found = find_named_entity(graph, name, "explain-entity");
  if (!found) return kNoAnswer;
  std::vector<AliasRule> rules;
  if (!a.inputs.alias_file.empty()) rules = read_alias_rules(a.inputs.alias_file);
  explain(graph.entity(*found), rules);
  return a.inputs.failures ? kInputsFailed : kOk;
}

}  // namespace

Runner setup_explain_entity(CLI::App& sub) {
  auto a = std::make_shared<ExplainArgs>();
  add_query_options(sub, a->positionals, a->inputs,
                    "Article inputs (files, folders, stores, -), then an entity name");
  sub.get_option("args")->option_text("INPUTS... NAME");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
