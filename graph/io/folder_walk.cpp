#include "graph/io/folder_walk.h"

#include <algorithm>
#include <system_error>

namespace claimgraph {

namespace fs = std::filesystem;

namespace {

using Wanted = std::function<bool(const fs::path&)>;
using ErrorSink = std::function<void(const InputError&)>;

/// Why an entry whose type could not be read is skipped.
std::string unreadable(const std::error_code& ec) {
  if (ec == std::errc::too_many_symbolic_link_levels) return "symlink loop, skipped";
  if (ec == std::errc::no_such_file_or_directory) return "broken symlink, skipped";
  return "cannot be examined (" + ec.message() + "), skipped";
}

/// What a file that is not a regular one is, for the report that skips it.
std::string irregular(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo:
      return "is a FIFO, not a regular file; skipped";
    case fs::file_type::socket:
      return "is a socket, not a regular file; skipped";
    case fs::file_type::character:
    case fs::file_type::block:
      return "is a device, not a regular file; skipped";
    default:
      return "is not a regular file; skipped";
  }
}

/// Collects the wanted files under `dir` into `files`, reporting what cannot be used.
void walk(const fs::path& dir, const Wanted& wanted, const ErrorSink& error,
          std::vector<fs::path>& files);

/// Sorts one entry of a folder: recursed into, kept, reported or passed over.
void visit(const fs::directory_entry& entry, const Wanted& wanted, const ErrorSink& error,
           std::vector<fs::path>& files) {
  const fs::path& p = entry.path();
  if (p.filename().string().starts_with(".")) return;
  std::error_code ec;
  // A symlinked folder is not followed, so no folder loop can make the walk endless.
  if (entry.is_directory(ec) && !entry.is_symlink(ec)) return walk(p, wanted, error, files);
  if (!wanted(p)) return;
  fs::file_status status = fs::status(p, ec);
  if (ec) return error({p.string(), unreadable(ec)});
  if (fs::is_regular_file(status))
    files.push_back(p);
  else if (!fs::is_directory(status))
    error({p.string(), irregular(status.type())});
}

void walk(const fs::path& dir, const Wanted& wanted, const ErrorSink& error,
          std::vector<fs::path>& files) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) visit(*it, wanted, error, files);
  if (ec) error({dir.string(), "cannot be listed (" + ec.message() + "), skipped"});
}

}  // namespace

std::vector<fs::path> walk_folder(const fs::path& dir, const Wanted& wanted,
                                  const ErrorSink& error) {
  std::vector<fs::path> files;
  walk(dir, wanted, error, files);
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace claimgraph
