#include "graph/io/export.h"

#include "graph/io/export_writers.h"

namespace claimgraph {

namespace {

constexpr std::pair<ExportFormat, std::string_view> kFormatNames[] = {
    {ExportFormat::graphml, "graphml"}, {ExportFormat::gexf, "gexf"},
    {ExportFormat::json, "json"},       {ExportFormat::csv, "csv"},
    {ExportFormat::cypher, "cypher"},
};

/// Writes the view in one format.
void write(const ExportView& view, ExportFormat format, const ExportSink& sink) {
  switch (format) {
    case ExportFormat::graphml:
      return write_graphml(view, sink(""));
    case ExportFormat::gexf:
      return write_gexf(view, sink(""));
    case ExportFormat::json:
      return write_json(view, sink(""));
    case ExportFormat::csv:
      return write_csv(view, sink);
    case ExportFormat::cypher:
      return write_cypher(view, sink(""));
  }
}

}  // namespace

std::string_view to_string(ExportFormat format) {
  for (const auto& [f, name] : kFormatNames)
    if (f == format) return name;
  return "";
}

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  for (const auto& [f, n] : kFormatNames)
    if (n == name) return f;
  return std::nullopt;
}

std::vector<std::string> export_format_names() {
  std::vector<std::string> out;
  for (const auto& [f, name] : kFormatNames) out.emplace_back(name);
  return out;
}

void ArticleIndex::add(const ArticleExtraction& x) {
  if (!x.title.empty() || !x.url.empty()) by_id_[x.article_id] = {x.title, x.url};
}

const ArticleMeta& ArticleIndex::find(const std::string& article) const {
  static const ArticleMeta kNone;
  auto it = by_id_.find(article);
  return it == by_id_.end() ? kNone : it->second;
}

ExportCounts export_graph(const ClaimGraph& graph, const ArticleIndex& articles,
                          const ExportOptions& options, const ExportSink& sink) {
  ExportView view = export_view(graph, articles, options);
  write(view, options.format, sink);
  return {view.entities.size(), view.edges.size(), view.relation_count};
}

}  // namespace claimgraph
