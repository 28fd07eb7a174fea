#include "graph/io/input.h"

#include <glob.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "graph/io/folder_walk.h"
#include "graph/io/input_file.h"
#include "graph/io/input_notes.h"
#include "graph/io/metadata.h"
#include "graph/io/record_input.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace fs = std::filesystem;

namespace {

/// What reading needs throughout the inputs, and what it counts across them.
struct Reading {
  const ArticleSink& sink;
  const InputLimits& limits;
  const InputFields& fields;
  WarningTally unmatched;  ///< text files the metadata table has no row for

  /// Tells the sink of the text files without metadata, once for all of them.
  void report_unmatched() const {
    if (!unmatched.count()) return;
    warning_channel(sink)(
        {fields.metadata->name(),
         unmatched.message("text file has no row", "text files have no row",
                           unmatched.count() == 1 ? "; that article has no metadata"
                                                  : "; those articles have no metadata")});
  }
};

/// Passes on an article read whole from `name`: an empty one is a warning, an unusable one an
/// error.
void deliver(Article article, const std::string& name, Reading& r) {
  if (is_blank_text(article.text)) return warning_channel(r.sink)({name, "is empty; skipped"});
  if (std::string problem = check_text(article.text, r.limits); !problem.empty())
    return r.sink.error({name, problem});
  r.sink.article(std::move(article));
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

/// Reads one text file as one article, with its metadata from the table, if any.
void read_text_file(const fs::path& path, Reading& r) {
  WholeInput whole = read_whole(path.string(), r.limits.max_bytes);
  if (!whole.problem.empty()) return r.sink.error({path.string(), whole.problem});
  Article article;
  article.id = path.stem().string();
  article.text = std::move(whole.bytes);
  if (r.fields.metadata && !r.fields.metadata->apply(path, article))
    r.unmatched.note("\"" + path.filename().string() + "\"");
  deliver(std::move(article), path.string(), r);
}

/// Streams a JSON Lines or CSV file; these hold many articles, so no whole-file size limit.
void read_record_file(const fs::path& path, Format format, const Reading& r) {
  InputFile file(path.string());
  if (auto problem = record_stream_problem(file); !problem.empty())
    return r.sink.error({path.string(), problem});
  RecordSource source{path.string(), path.stem().string(), 1};
  if (format == Format::csv)
    read_csv_articles(file.stream(), source, r.sink, r.limits, r.fields.columns);
  else
    read_json_lines(file.stream(), source, r.sink, r.limits, r.fields.columns);
}

/// Reads one file by its format.
void read_file(const fs::path& path, Reading& r) {
  Format format = format_of(path);
  // A file named outright is read as text whatever its extension, as before.
  if (format == Format::text || format == Format::other)
    read_text_file(path, r);
  else
    read_record_file(path, format, r);
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
void read_stdin(std::istream& in, Reading& r) {
  const InputLimits& limits = r.limits;
  std::streambuf& buf = *in.rdbuf();
  std::string lead;  // the blank bytes before the first other one, kept for a text article
  for (int c; is_blank_byte(c = buf.sgetc()) && lead.size() <= limits.max_bytes; buf.sbumpc())
    lead.push_back(static_cast<char>(c));
  if (buf.sgetc() == '{') {
    std::size_t line = 1 + std::count(lead.begin(), lead.end(), '\n');
    return read_json_lines(in, {"<stdin>", "stdin", line}, r.sink, limits, r.fields.columns);
  }
  WholeInput rest = read_whole(in, limits.max_bytes - std::min(lead.size(), limits.max_bytes));
  if (!rest.problem.empty() || lead.size() > limits.max_bytes)
    return r.sink.error({"<stdin>", over_limit(limits.max_bytes)});
  Article article;
  article.id = "stdin";
  article.text = lead + rest.bytes;
  deliver(std::move(article), "<stdin>", r);
}

}  // namespace

std::string check_text(std::string_view bytes, const InputLimits& limits) {
  if (bytes.size() > limits.max_bytes)
    return "is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
           std::to_string(limits.max_bytes);
  if (is_blank_text(bytes)) return "is empty";
  if (looks_binary(bytes)) return "looks binary (it holds NUL bytes)";
  if (auto bad = find_invalid_utf8(bytes))
    return "is not valid UTF-8 (byte " + std::to_string(*bad) + ")";
  return {};
}

bool is_blank_text(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
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
                 const ArticleSink& sink, const InputLimits& limits, const InputFields& fields) {
  Reading reading{sink, limits, fields, {}};
  const FileFilter articles{[](const fs::path& p) { return format_of(p) != Format::other; },
                            ".txt, .jsonl, .ndjson or .csv files"};
  PathSink paths{[&](const std::string& path) {
                   if (path == "-")
                     read_stdin(standard_input, reading);
                   else
                     read_file(path, reading);
                 },
                 sink.error};
  for (const auto& input : inputs) expand_input(input, articles, paths);
  reading.report_unmatched();
}

}  // namespace claimgraph
