#pragma once
// Where an export goes: standard output or one file for GraphML, GEXF, JSON and Cypher; three
// files side by side for CSV (nodes, edges, claims). Each file is written whole beside its
// target and put in place only once every part was written (graph/io/atomic_file.h).

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/io/atomic_file.h"
#include "graph/io/export.h"

namespace claimgraph {

/// The format to write: `format` when given, else the one the output's name says (.graphml,
/// .gexf, .json, .cypher or .cql; .csv or a folder: CSV). Nothing, with `why` set, when neither
/// tells or CSV would go to standard output.
std::optional<ExportFormat> choose_export_format(const std::string& format,
                                                 const std::string& output, std::string& why);

/// The file of a CSV part: OUTPUT/nodes.csv when the output is a folder (one that exists, or a
/// name ending in '/'), else PREFIX-nodes.csv, PREFIX being the output without ".csv".
std::string csv_part_path(const std::string& output, std::string_view part);

/// The files of one export.
class ExportFiles {
 public:
  /// Files for `output` in `format`; "" or "-" is standard output. A folder named with a
  /// trailing '/' is created for CSV.
  ExportFiles(std::string output, ExportFormat format);
  /// The stream of a part ("" for a one-file format), opened on first use; throws
  /// std::runtime_error naming a file that cannot be written.
  std::ostream& part(std::string_view name);
  /// The sink export_graph writes to.
  ExportSink sink();
  /// Puts every file in place (or flushes standard output); throws std::runtime_error naming
  /// what failed.
  void commit();
  /// The files written, in the order they were opened; empty for standard output.
  std::vector<std::string> paths() const;

 private:
  std::string output_;
  ExportFormat format_;
  std::vector<std::pair<std::string, std::unique_ptr<AtomicFile>>> files_;
};

}  // namespace claimgraph
