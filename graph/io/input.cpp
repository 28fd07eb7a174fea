#include "graph/io/input.h"

#include <glob.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "graph/io/folder_walk.h"
#include "graph/io/input_file.h"
#include "graph/io/record_input.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace fs = std::filesystem;

namespace {

void deliver(std::string id, std::string name, std::string bytes, const ArticleSink& sink,
             const InputLimits& limits) {
  if (std::string problem = check_text(bytes, limits); !problem.empty()) {
    sink.error({std::move(name), problem});
    return;
  }
  Article article;
  article.id = std::move(id);
  article.text = std::move(bytes);
  sink.article(std::move(article));
}

enum class Format { text, json_lines, csv, other };

/// The format a file's extension (in any case) names.
Format format_of(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".txt") return Format::text;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::json_lines;
  if (ext == ".csv") return Format::csv;
  return Format::other;
}

void read_text_file(const fs::path& path, const ArticleSink& sink, const InputLimits& limits) {
  WholeInput whole = read_whole(path.string(), limits.max_bytes);
  if (!whole.problem.empty()) return sink.error({path.string(), whole.problem});
  deliver(path.stem().string(), path.string(), std::move(whole.bytes), sink, limits);
}

/// Streams a JSON Lines or CSV file; these hold many articles, so no whole-file size limit.
void read_record_file(const fs::path& path, Format format, const ArticleSink& sink,
                      const InputLimits& limits) {
  InputFile file(path.string());
  if (auto problem = record_stream_problem(file); !problem.empty())
    return sink.error({path.string(), problem});
  RecordSource source{path.string(), path.stem().string(), 1};
  if (format == Format::csv)
    read_csv_articles(file.stream(), source, sink, limits);
  else
    read_json_lines(file.stream(), source, sink, limits);
}

void read_file(const fs::path& path, const ArticleSink& sink, const InputLimits& limits) {
  Format format = format_of(path);
  // A file named outright is read as text whatever its extension, as before.
  if (format == Format::text || format == Format::other)
    read_text_file(path, sink, limits);
  else
    read_record_file(path, format, sink, limits);
}

/// The wanted files under `dir`, recursively, in sorted order; entries that cannot be used are
/// reported and skipped.
void expand_folder(const fs::path& dir, const FileFilter& filter, const PathSink& sink) {
  bool problems = false;
  auto files = walk_folder(dir, filter.wanted, [&](const InputError& e) {
    problems = true;
    sink.error(e);
  });
  if (files.empty() && !problems) sink.error({dir.string(), "holds no " + filter.description});
  for (const auto& f : files) sink.path(f.string());
}

/// Expands an existing file or folder; false when `input` names neither.
bool expand_path(const std::string& input, const FileFilter& filter, const PathSink& sink) {
  std::error_code ec;
  fs::path path(input);
  auto status = fs::status(path, ec);
  if (ec && fs::is_symlink(fs::symlink_status(path, ec))) {
    // A link that leads nowhere is a path all the same: say what is wrong with it.
    static_cast<void>(fs::status(path, ec));
    sink.error({input, ec == std::errc::too_many_symbolic_link_levels ? "symlink loop, skipped"
                                                                      : "broken symlink, skipped"});
    return true;
  }
  if (ec || !fs::exists(status)) return false;
  if (fs::is_directory(status))
    expand_folder(path, filter, sink);
  else
    sink.path(input);
  return true;
}

/// The paths a glob pattern matches, sorted bytewise so the order never depends on the locale.
std::vector<std::string> expand_glob(const std::string& pattern, int& status) {
  glob_t matches{};
  status = ::glob(pattern.c_str(), GLOB_NOSORT, nullptr, &matches);
  std::vector<std::string> paths;
  if (status == 0) paths.assign(matches.gl_pathv, matches.gl_pathv + matches.gl_pathc);
  globfree(&matches);
  std::sort(paths.begin(), paths.end());
  return paths;
}

void expand_pattern(const std::string& pattern, const FileFilter& filter, const PathSink& sink) {
  int status = 0;
  auto paths = expand_glob(pattern, status);
  if (status == GLOB_NOMATCH) return sink.error({pattern, "no files match"});
  if (status != 0) return sink.error({pattern, "cannot be expanded"});
  for (const auto& path : paths)
    if (!expand_path(path, filter, sink)) sink.error({path, "no such file or folder"});
}

bool is_glob(const std::string& input) { return input.find_first_of("*?[") != std::string::npos; }

bool is_blank_byte(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// Standard input as JSON Lines when its first non-blank byte is '{', else as one text article.
/// Both are read within the limits, so an endless stream costs bounded memory.
void read_stdin(std::istream& in, const ArticleSink& sink, const InputLimits& limits) {
  std::streambuf& buf = *in.rdbuf();
  std::string lead;  // the blank bytes before the first other one, kept for a text article
  for (int c; is_blank_byte(c = buf.sgetc()) && lead.size() <= limits.max_bytes; buf.sbumpc())
    lead.push_back(static_cast<char>(c));
  if (buf.sgetc() == '{') {
    std::size_t line = 1 + std::count(lead.begin(), lead.end(), '\n');
    return read_json_lines(in, {"<stdin>", "stdin", line}, sink, limits);
  }
  WholeInput rest = read_whole(in, limits.max_bytes - std::min(lead.size(), limits.max_bytes));
  if (!rest.problem.empty() || lead.size() > limits.max_bytes)
    return sink.error({"<stdin>", over_limit(limits.max_bytes)});
  deliver("stdin", "<stdin>", lead + rest.bytes, sink, limits);
}

}  // namespace

std::string check_text(std::string_view bytes, const InputLimits& limits) {
  if (bytes.size() > limits.max_bytes)
    return "is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
           std::to_string(limits.max_bytes);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return "is empty";
  if (looks_binary(bytes)) return "looks binary (it holds NUL bytes)";
  if (auto bad = find_invalid_utf8(bytes))
    return "is not valid UTF-8 (byte " + std::to_string(*bad) + ")";
  return {};
}

void expand_input(const std::string& input, const FileFilter& filter, const PathSink& sink) {
  if (input == "-") return sink.path(input);
  // A real path wins over a pattern, so a file named "a[1].txt" is still read as itself.
  if (expand_path(input, filter, sink)) return;
  if (is_glob(input))
    expand_pattern(input, filter, sink);
  else
    sink.error({input, "no such file or folder"});
}

void read_inputs(const std::vector<std::string>& inputs, std::istream& standard_input,
                 const ArticleSink& sink, const InputLimits& limits) {
  const FileFilter articles{[](const fs::path& p) { return format_of(p) != Format::other; },
                            ".txt, .jsonl, .ndjson or .csv files"};
  PathSink paths{[&](const std::string& path) {
                   if (path == "-")
                     read_stdin(standard_input, sink, limits);
                   else
                     read_file(path, sink, limits);
                 },
                 sink.error};
  for (const auto& input : inputs) expand_input(input, articles, paths);
}

}  // namespace claimgraph
