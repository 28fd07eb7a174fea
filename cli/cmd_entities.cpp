// claimgraph entities: the merged entities with kind, degree, article count and aliases, one
// line each, so a user can review the node list and write alias rules for what is wrong.

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/query_text.h"
#include "graph/io/entity_json.h"
#include "graph/io/terminal_text.h"
#include "graph/query/entity_list.h"
#include "graph/text/utf8.h"

namespace claimgraph::cli {

namespace {

struct EntitiesArgs {
  InputOptions inputs;
  std::string kind;
  EntityListOptions list;
  bool json = false;
};

constexpr std::size_t kMaxNameWidth = 40;     // longer names overflow their column
constexpr std::size_t kMaxAliasesWidth = 60;  // then "+N more"

/// Text padded with spaces to `width` code points (a name's columns, near enough).
std::string padded(const std::string& text, std::size_t width) {
  std::size_t n = count_code_points(text);
  return n >= width ? text : text + std::string(width - n, ' ');
}

/// The aliases, escaped, as many as fit in kMaxAliasesWidth (at least one), then "+N more".
std::string alias_cell(const std::vector<std::string>& aliases) {
  std::string cell;
  std::size_t shown = 0;
  for (; shown < aliases.size(); ++shown) {
    std::string next = (shown ? ", " : "") + terminal_safe(aliases[shown]);
    if (shown && count_code_points(cell + next) > kMaxAliasesWidth) break;
    cell += next;
  }
  if (shown < aliases.size()) cell += " +" + std::to_string(aliases.size() - shown) + " more";
  return cell.empty() ? "-" : cell;
}

void print_table(std::ostream& out, const std::vector<EntityRow>& rows) {
  std::size_t name_width = 4;
  for (const auto& r : rows)
    name_width = std::max(name_width, count_code_points(terminal_safe(r.name)));
  name_width = std::min(name_width, kMaxNameWidth);
  out << padded("kind", 12) << "  relations  articles  " << padded("name", name_width)
      << "  aliases\n";
  for (const auto& r : rows)
    out << padded(std::string(to_string(r.kind)), 12) << "  "
        << right(std::to_string(r.relations), 9) << "  " << right(std::to_string(r.articles), 8)
        << "  " << padded(terminal_safe(r.name), name_width) << "  " << alias_cell(r.aliases)
        << "\n";
}

int run(EntitiesArgs& a) {
  if (!a.kind.empty()) a.list.kind = parse_entity_kind(a.kind);
  ClaimGraph graph = build_graph(a.inputs);
  std::vector<EntityRow> rows = list_entities(graph, a.list);
  Output output("");
  if (a.json)
    for (const auto& r : rows) output.stream() << to_json_line(r) << '\n';
  else
    print_table(output.stream(), rows);
  output.finish();
  return a.inputs.failures ? kInputsFailed : kOk;
}

std::vector<std::string> kind_names() {
  std::vector<std::string> names;
  for (EntityKind k : kAllEntityKinds) names.emplace_back(to_string(k));
  return names;
}

}  // namespace

Runner setup_entities(CLI::App& sub) {
  auto a = std::make_shared<EntitiesArgs>();
  add_graph_options(sub, a->inputs);
  sub.add_option("--kind", a->kind, "Only entities of this kind")
      ->check(CLI::IsMember(kind_names()));
  sub.add_option("--min-degree", a->list.min_degree,
                 "Only entities in at least this many relations");
  sub.add_option("--limit", a->list.limit, "At most this many entities, the first in order")
      ->default_str("all");
  sub.add_flag("--json", a->json,
               "JSON Lines, one entity a line: id, name, kind, aliases, articles, mentions, "
               "relations (the same order and filters)");
  sub.footer(
      "One line per entity, most relations first, then by name: kind, relations (its degree), "
      "articles, name and aliases (control characters escaped).\n");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
