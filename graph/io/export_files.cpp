#include "graph/io/export_files.h"

#include <filesystem>
#include <iostream>
#include <stdexcept>

namespace claimgraph {

namespace {

namespace fs = std::filesystem;

constexpr std::pair<std::string_view, ExportFormat> kExtensions[] = {
    {".graphml", ExportFormat::graphml}, {".gexf", ExportFormat::gexf},
    {".json", ExportFormat::json},       {".cypher", ExportFormat::cypher},
    {".cql", ExportFormat::cypher},      {".csv", ExportFormat::csv},
};

/// True when the output names standard output.
bool is_stdout(const std::string& output) { return output.empty() || output == "-"; }

/// True when the output names a folder: one that exists, or a name ending in '/'.
bool is_folder(const std::string& output) {
  std::error_code ec;
  return !output.empty() && (output.back() == '/' || fs::is_directory(output, ec));
}

/// The format the output's name says, if any.
std::optional<ExportFormat> format_of_name(const std::string& output) {
  if (is_folder(output)) return ExportFormat::csv;
  for (const auto& [extension, format] : kExtensions)
    if (output.size() > extension.size() && output.ends_with(extension)) return format;
  return std::nullopt;
}

}  // namespace

std::optional<ExportFormat> choose_export_format(const std::string& format,
                                                 const std::string& output, std::string& why) {
  auto chosen = format.empty() ? format_of_name(output) : parse_export_format(format);
  if (!chosen)
    why = is_stdout(output) ? "give --format graphml|gexf|json|csv|cypher, or -o a file"
                            : "cannot tell the format of '" + output +
                                  "': give --format, or end it in .graphml, .gexf, .json, "
                                  ".csv, .cypher or .cql";
  else if (*chosen == ExportFormat::csv && is_stdout(output))
    why = "CSV is three files (nodes, edges, claims): give -o a folder or a file prefix";
  return why.empty() ? chosen : std::nullopt;
}

std::string csv_part_path(const std::string& output, std::string_view part) {
  std::string name = std::string(part) + ".csv";
  if (is_folder(output)) return (fs::path(output) / name).string();
  std::string prefix = output.ends_with(".csv") ? output.substr(0, output.size() - 4) : output;
  return prefix + "-" + name;
}

ExportFiles::ExportFiles(std::string output, ExportFormat format)
    : output_(std::move(output)), format_(format) {
  if (format_ == ExportFormat::csv && !output_.empty() && output_.back() == '/')
    fs::create_directories(output_);
}

std::ostream& ExportFiles::part(std::string_view name) {
  if (format_ != ExportFormat::csv && is_stdout(output_)) return std::cout;
  std::string path = format_ == ExportFormat::csv ? csv_part_path(output_, name) : output_;
  for (auto& [p, file] : files_)
    if (p == path) return file->stream();
  files_.emplace_back(path, std::make_unique<AtomicFile>(path));
  return files_.back().second->stream();
}

ExportSink ExportFiles::sink() {
  return [this](std::string_view name) -> std::ostream& { return part(name); };
}

void ExportFiles::commit() {
  // A part that could not be written throws first, before any other part is put in place.
  for (auto& [path, file] : files_)
    if (!file->stream().flush()) file->commit();
  for (auto& [path, file] : files_) file->commit();
  if (files_.empty() && !std::cout.flush())
    throw std::runtime_error("writing to standard output failed");
}

std::vector<std::string> ExportFiles::paths() const {
  std::vector<std::string> out;
  for (const auto& [path, file] : files_) out.push_back(path);
  return out;
}

}  // namespace claimgraph
