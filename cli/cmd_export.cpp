// claimgraph export: the merged graph as GraphML, GEXF, node-link JSON, neo4j-admin CSV or a
// Cypher script, whole, filtered like the queries, or around one entity.

#include <iostream>

#include "cli/commands.h"
#include "cli/query_options.h"
#include "cli/query_text.h"
#include "graph/io/export_files.h"

namespace claimgraph::cli {

namespace {

struct ExportArgs {
  QueryArgs query;
  std::string output;
  std::string format;
  std::string focus;
  ExportOptions options;
  bool quiet = false;
};

/// "12 entities, 30 edges (41 relations) to out.graphml".
std::string summary(const ExportCounts& counts, const std::vector<std::string>& paths) {
  std::string out = count(counts.entities, "entity") + ", " + count(counts.edges, "edge") + " (" +
                    count(counts.relations, "relation") + ") to ";
  for (std::size_t i = 0; i < paths.size(); ++i) out += (i ? ", " : "") + shown(paths[i]);
  return paths.empty() ? out + "standard output" : out;
}

/// Reads the graph, resolves the focus and writes the export.
int run(ExportArgs& a) {
  std::vector<std::string> none;
  a.query.take_names(0, none);
  std::string why;
  auto format = choose_export_format(a.format, a.output, why);
  if (!format) {
    std::cerr << "claimgraph export: " << why << "\n";
    return kUsage;
  }
  a.options.format = *format;
  a.options.filter = a.query.relation_filter();  // before the graph: it reads every article
  ArticleIndex articles;
  ClaimGraph graph =
      build_graph(a.query.inputs, [&](const ArticleExtraction& x) { articles.add(x); });
  if (!a.focus.empty()) {
    a.options.focus = find_named_entity(graph, a.focus, "export");
    if (!a.options.focus) return kNoAnswer;
  }
  ExportFiles files(a.output, *format);
  ExportCounts counts = export_graph(graph, articles, a.options, files.sink());
  files.commit();
  if (!a.quiet) std::cerr << "claimgraph export: " << summary(counts, files.paths()) << "\n";
  return a.query.inputs.failures ? kInputsFailed : kOk;
}

}  // namespace

Runner setup_export(CLI::App& sub) {
  auto a = std::make_shared<ExportArgs>();
  add_query_options(sub, a->query.positionals, a->query.inputs,
                    "Article inputs (files, folders, stores, -)");
  sub.get_option("args")->option_text("INPUTS...");
  add_relation_filters(sub, a->query);
  sub.add_option("-o,--output", a->output,
                 "Write here (default: standard output); for csv a folder (OUT/nodes.csv, "
                 "edges.csv, claims.csv) or a prefix (OUT-nodes.csv, ...)");
  sub.add_option("--format", a->format,
                 "graphml, gexf, json, csv or cypher (default: from the output's extension: "
                 ".graphml, .gexf, .json, .csv or a folder, .cypher or .cql)")
      ->check(CLI::IsMember(export_format_names()));
  sub.add_option("--focus", a->focus, "Export only this entity's neighbourhood");
  sub.add_option("--depth", a->options.depth, "Hops from --focus")->check(CLI::Range(1, 10));
  sub.add_flag("--all-entities", a->options.all_entities,
               "Keep the entities with no exported relation too");
  sub.add_flag("-q,--quiet", a->quiet, "No summary line on standard error");
  sub.footer(
      "Every format holds the entities (id, name, kind, aliases, articles, mentions, relations), "
      "the aggregated edges, one per (source, target, kind) with weight = articles, outlets, "
      "claimants, stances and first and last date, and under each edge its raw relations "
      "(claims) with evidence text and span, article, title, URL, claimant, outlet, date, "
      "stance, cue and confidence.\n"
      "GraphML, GEXF: nodes and edges (ids e0, e1, ...) with typed attributes; aliases, stances "
      "and the claims (\"evidence\") as JSON text.\n"
      "JSON: node-link for networkx.node_link_graph, a directed multigraph keyed by kind, the "
      "claims nested under \"evidence\".\n"
      "CSV: neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv "
      "--relationships=claims.csv --multiline-fields=true; claims are CLAIM relationships "
      "naming their edge.\n"
      "Cypher: CREATE statements for cypher-shell -f, into an empty database.\n"
      "A contact has no direction: its edge runs from the entity first in the graph.\n");
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
