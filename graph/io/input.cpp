#include "graph/io/input.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

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

void read_file(const fs::path& path, const ArticleSink& sink, const InputLimits& limits) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (!ec && size > limits.max_bytes) {
    sink.error({path.string(), "is " + std::to_string(size) + " bytes, over the limit of " +
                                   std::to_string(limits.max_bytes)});
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.error({path.string(), "cannot be read"});
    return;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  deliver(path.stem().string(), path.string(), buf.str(), sink, limits);
}

void read_folder(const fs::path& dir, const ArticleSink& sink, const InputLimits& limits) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    const auto& p = it->path();
    if (p.filename().string().starts_with(".")) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && p.extension() == ".txt") files.push_back(p);
  }
  if (ec) sink.error({dir.string(), "cannot be listed: " + ec.message()});
  std::sort(files.begin(), files.end());
  if (files.empty() && !ec) sink.error({dir.string(), "holds no .txt files"});
  for (const auto& f : files) read_file(f, sink, limits);
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

void read_inputs(const std::vector<std::string>& inputs, std::istream& standard_input,
                 const ArticleSink& sink, const InputLimits& limits) {
  for (const auto& input : inputs) {
    if (input == "-") {
      std::ostringstream buf;
      buf << standard_input.rdbuf();
      deliver("stdin", "<stdin>", buf.str(), sink, limits);
      continue;
    }
    std::error_code ec;
    fs::path path(input);
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      sink.error({input, "no such file or folder"});
    } else if (fs::is_directory(status)) {
      read_folder(path, sink, limits);
    } else {
      read_file(path, sink, limits);
    }
  }
}

}  // namespace claimgraph
