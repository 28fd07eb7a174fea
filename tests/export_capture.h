#pragma once
// An export written to memory, part by part, and a Cypher script split into statements as
// cypher-shell splits it: for the export tests and the export fuzz target.

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "graph/io/export.h"

namespace claimgraph::test {

/// What an export wrote: each part's bytes ("" for a one-file format), and its counts.
struct Exported {
  std::map<std::string, std::string> parts;
  ExportCounts counts;
};

/// Exports the graph in the options' format into memory.
inline Exported run_export(const ClaimGraph& graph, const ArticleIndex& articles,
                           const ExportOptions& options) {
  std::map<std::string, std::ostringstream> streams;
  ExportSink sink = [&](std::string_view part) -> std::ostream& {
    return streams[std::string(part)];
  };
  Exported out;
  out.counts = export_graph(graph, articles, options, sink);
  for (auto& [part, stream] : streams) out.parts[part] = stream.str();
  return out;
}

/// The statements of a Cypher script as cypher-shell splits them: at a ';' outside quotes and
/// comment lines, a backslash escaping the next character; a line starting with ':' is a command.
/// What an open quote leaves is the last statement, without its ';'.
inline std::vector<std::string> cypher_statements(const std::string& script) {
  std::vector<std::string> out;
  std::string current;
  char quote = 0;
  bool escaped = false;
  std::istringstream in(script);
  for (std::string line; std::getline(in, line);) {
    if (current.empty() && line.starts_with("//")) continue;  // a comment line
    if (current.empty() && line.starts_with(":")) {
      out.push_back(line);
      continue;
    }
    for (char c : line + "\n") {
      current += c;
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (quote) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == ';') {
        out.push_back(current);
        current.clear();
      }
    }
    if (current == "\n") current.clear();
  }
  if (!current.empty()) out.push_back(current);  // a quote left open: no ';' ends it
  return out;
}

}  // namespace claimgraph::test
