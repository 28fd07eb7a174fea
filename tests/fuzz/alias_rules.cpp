// Fuzzes the alias file reader, then applies what it accepts: every name the rules give becomes
// an entity of a small article (with relations between them), so the rules' merges, splits and
// kinds run on entities they actually name.

#include <stdexcept>
#include <string>

#include "graph/resolve/alias_rules.h"
#include "graph/resolve/cross_article.h"
#include "graph/text/normalize.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

/// One article for each of the first rules, holding an entity for each name the rule gives.
std::vector<ArticleExtraction> articles_naming(const std::vector<AliasRule>& rules) {
  std::vector<ArticleExtraction> articles;
  for (std::size_t r = 0; r < rules.size() && r < 16; ++r) {
    ArticleExtraction x;
    x.article_id = "a" + std::to_string(r);
    for (const auto& name : rules[r].names) {
      EntityKind kind = rules[r].kind.value_or(EntityKind::person);
      x.entities.push_back({std::string(to_string(kind)) + ":" + slug(name), name, kind, {}, {}});
      auto last = static_cast<EntityIndex>(x.entities.size() - 1);
      if (last == 0) continue;
      Relation relation;
      relation.target = last;
      x.relations.push_back(relation);
    }
    articles.push_back(std::move(x));
  }
  return articles;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<AliasRule> rules;
  try {
    rules = parse_alias_rules(text, "fuzz.txt");
  } catch (const std::runtime_error&) {
    return 0;
  }
  for (const auto& rule : rules) require(!rule.names.empty(), "a rule without names", rule.text);
  ClaimGraph graph;
  try {
    graph = build_claim_graph(articles_naming(rules), rules);
  } catch (const std::runtime_error&) {
    return 0;  // rules the ids or keys make contradict each other: an error naming both lines
  }
  for (ClaimGraph::Vertex v = 0; v < graph.entity_count(); ++v) require_utf8(graph.entity(v).name);
  if (!rules.empty()) rules_naming(rules, rules.front().names);
  return 0;
}
