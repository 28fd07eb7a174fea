// claimgraph rank: entities by degree, weighted degree or betweenness; the most-cited speakers;
// the outlets and whom they quote.

#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/query_options.h"
#include "cli/query_text.h"
#include "graph/io/query_json.h"
#include "graph/query/rank.h"

namespace claimgraph::cli {

namespace {

struct RankArgs {
  QueryArgs query;
  std::string by = "degree";
  std::string kind;
  RankOptions options;
};

/// A score as text: whole numbers plain, others with one decimal.
std::string score_text(double score) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(score == static_cast<long long>(score) ? 0 : 1) << score;
  return out.str();
}

/// The ranking as a table with a header line.
void print_rows(const std::vector<RankRow>& rows, const RankArgs& a) {
  std::cout << right("rank", 4) << right(a.by, 13) << right("relations", 11)
            << right("articles", 10) << "  kind          name\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const RankRow& r = rows[i];
    std::string kind = r.kind + std::string(r.kind.size() < 12 ? 12 - r.kind.size() : 0, ' ');
    std::cout << right(std::to_string(i + 1), 4) << right(score_text(r.score), 13)
              << right(std::to_string(r.relations), 11) << right(std::to_string(r.articles), 10)
              << "  " << kind << "  " << shown(r.name);
    for (std::size_t q = 0; q < r.quotes.size(); ++q)
      std::cout << (q ? ", " : "  quotes: ") << shown(r.quotes[q].first) << " ("
                << r.quotes[q].second << ")";
    std::cout << "\n";
  }
}

/// Reads the graph and ranks by the chosen measure.
int run(RankArgs& a) {
  std::vector<std::string> none;
  a.query.take_names(0, none);
  a.options.by = *parse_rank_by(a.by);
  if (!a.kind.empty()) a.options.kind = parse_entity_kind(a.kind);
  RelationFilter filter = a.query.relation_filter();  // before the graph: it reads every article
  ClaimGraph graph = build_graph(a.query.inputs);
  AggregateGraph aggregated = aggregate(graph, filter);
  std::vector<RankRow> rows = rank(aggregated, a.options);
  if (a.query.json)
    std::cout << rank_json(rows, a.options);
  else
    print_rows(rows, a);
  return a.query.inputs.failures ? kInputsFailed : kOk;
}

/// The entity kind names, for --entity-kind.
std::vector<std::string> entity_kind_names() {
  std::vector<std::string> out;
  for (EntityKind k : kAllEntityKinds) out.emplace_back(to_string(k));
  return out;
}

}  // namespace

Runner setup_rank(CLI::App& sub) {
  auto a = std::make_shared<RankArgs>();
  add_query_args(sub, a->query, "Article inputs (files, folders, stores, -)");
  sub.get_option("args")->option_text("INPUTS...");
  sub.add_option("--by", a->by,
                 "degree (edges), weighted (articles behind its edges), betweenness, speakers "
                 "(claimants by relations claimed) or outlets (with whom they quote)")
      ->check(CLI::IsMember(rank_by_names()));
  sub.add_option("--entity-kind", a->kind, "Only entities of this kind")
      ->check(CLI::IsMember(entity_kind_names()));
  sub.add_option("--limit", a->options.limit, "At most this many rows; 0: all");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
