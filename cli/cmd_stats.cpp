// claimgraph stats: counts articles and relations by kind, per publishing outlet or per period,
// from each article's own metadata; over a store, from the counts its saved graph keeps.

#include <array>
#include <iomanip>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/query_options.h"
#include "graph/io/terminal_text.h"

namespace claimgraph::cli {

namespace {

struct StatsArgs {
  InputOptions inputs;
  std::string by = "outlet";
  bool tsv = false;
};

constexpr std::size_t kKinds = std::size(kAllRelationKinds);

/// What one group counts.
struct GroupCounts {
  std::size_t articles = 0;
  std::array<std::size_t, kKinds> relations{};

  std::size_t total() const {
    std::size_t n = 0;
    for (auto r : relations) n += r;
    return n;
  }
};

/// The group an article's outlet and date put it in. Outlets come from articles: escaped, one
/// cannot send escape sequences to the terminal or break a TSV row.
std::string group_of(const std::string& by, const std::string& outlet, const std::string& date) {
  if (by == "outlet") return outlet.empty() ? "(no outlet)" : terminal_safe(outlet);
  return terminal_safe(date_key(date, by));
}

/// Groups in order: dates chronologically, outlets alphabetically, the "(no ...)" group last.
std::vector<std::pair<std::string, GroupCounts>> ordered(
    std::map<std::string, GroupCounts>&& groups) {
  std::vector<std::pair<std::string, GroupCounts>> out(groups.begin(), groups.end());
  std::stable_partition(out.begin(), out.end(), [](const auto& g) { return g.first[0] != '('; });
  return out;
}

void print_row(std::ostream& out, const std::string& name, std::size_t width,
               const std::vector<std::size_t>& cells, bool tsv) {
  if (tsv) {
    out << name;
    for (auto c : cells) out << '\t' << c;
    out << '\n';
    return;
  }
  out << std::left << std::setw(static_cast<int>(width)) << name << std::right;
  for (auto c : cells) out << "  " << std::setw(11) << c;
  out << '\n';
}

void print_table(std::ostream& out, const StatsArgs& a,
                 const std::vector<std::pair<std::string, GroupCounts>>& groups,
                 const GroupCounts& total) {
  std::size_t width = std::max<std::size_t>(a.by.size(), 5);
  for (const auto& g : groups) width = std::max(width, g.first.size());
  auto cells = [](const GroupCounts& t) {
    std::vector<std::size_t> c{t.articles, t.total()};
    c.insert(c.end(), t.relations.begin(), t.relations.end());
    return c;
  };
  if (a.tsv) {
    out << a.by << "\tarticles\trelations";
    for (RelationKind k : kAllRelationKinds) out << '\t' << to_string(k);
  } else {
    out << std::left << std::setw(static_cast<int>(width)) << a.by << std::right;
    out << "  " << std::setw(11) << "articles"
        << "  " << std::setw(11) << "relations";
    for (RelationKind k : kAllRelationKinds) out << "  " << std::setw(11) << to_string(k);
  }
  out << '\n';
  for (const auto& [name, tally] : groups) print_row(out, name, width, cells(tally), a.tsv);
  print_row(out, "total", width, cells(total), a.tsv);
}

/// Adds an outlet's articles and relations of one date to its group and to the total.
void count(GroupCounts& group, GroupCounts& total, std::size_t articles,
           const std::array<std::size_t, kKinds>& relations) {
  group.articles += articles;
  total.articles += articles;
  for (std::size_t k = 0; k < kKinds; ++k) {
    group.relations[k] += relations[k];
    total.relations[k] += relations[k];
  }
}

/// Counts from a store's saved graph, which counted each outlet's articles and relations per
/// date when it was saved: as many rows as outlets and dates, however many articles.
void count_saved(const GraphSnapshot& snapshot, const StatsArgs& a,
                 std::map<std::string, GroupCounts>& groups, GroupCounts& total) {
  for (const Publication& p : snapshot.publications())
    if (a.inputs.filter.accepts(p.outlet, p.date))
      count(groups[group_of(a.by, std::string(p.outlet), std::string(p.date))], total, p.articles,
            p.relations);
}

/// Counts from the articles themselves, read and resolved.
void count_built(StatsArgs& a, std::map<std::string, GroupCounts>& groups, GroupCounts& total) {
  ClaimGraph graph = build_graph(a.inputs, [&](const ArticleExtraction& x) {
    count(groups[group_of(a.by, x.outlet, x.date)], total, 1, {});
  });
  for (auto [it, end] = boost::edges(graph.graph()); it != end; ++it) {
    const RelationEdge& r = graph.relation(*it);
    std::array<std::size_t, kKinds> one{};
    one[static_cast<std::size_t>(r.kind)] = 1;
    count(groups[group_of(a.by, r.article_outlet, r.date)], total, 0, one);
  }
}

int run(StatsArgs& a) {
  std::map<std::string, GroupCounts> groups;
  GroupCounts total;
  if (auto snapshot = saved_graph(a.inputs, true))
    count_saved(*snapshot, a, groups, total);
  else
    count_built(a, groups, total);
  print_table(std::cout, a, ordered(std::move(groups)), total);
  return a.inputs.failures ? kInputsFailed : kOk;
}

}  // namespace

Runner setup_stats(CLI::App& sub) {
  auto a = std::make_shared<StatsArgs>();
  add_graph_options(sub, a->inputs);
  sub.add_option("--by", a->by, "Group by the article's outlet, or by year, month or day")
      ->check(CLI::IsMember({"outlet", "year", "month", "day"}));
  sub.add_flag("--tsv", a->tsv, "Tab-separated values instead of aligned columns");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
