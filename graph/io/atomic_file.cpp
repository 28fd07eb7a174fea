#include "graph/io/atomic_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace claimgraph {

namespace fs = std::filesystem;

namespace {

/// True when `path` is absent or a regular file: one that a rename may replace.
bool replaceable(const fs::path& path) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  return !fs::exists(status) || fs::is_regular_file(status);
}

/// The permissions a new file gets: an existing target's, else 0666 less the umask.
mode_t target_mode(const std::string& target) {
  struct stat st;
  if (::stat(target.c_str(), &st) == 0) return st.st_mode & 07777;
  mode_t mask = ::umask(0);  // umask can only be read by setting it; restored at once
  ::umask(mask);
  return 0666 & ~mask;
}

/// Syncs `path` to the disk, so the rename never publishes a file whose bytes are still only
/// in memory (after a power loss it could read back empty); errno is kept on failure.
bool sync_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::fsync(fd) == 0;
  int error = errno;
  ::close(fd);
  errno = error;
  return ok;
}

/// The start of this host's temporaries of `target`: ".out.svg.claimgraph-HOST-"; the
/// writer's process id follows, then mkstemp's letters.
std::string temporary_prefix(const fs::path& target) {
  char host[256] = "";
  ::gethostname(host, sizeof host - 1);
  return "." + target.filename().string() + ".claimgraph-" + host + "-";
}

/// True when process `pid` of this host is gone: its temporary is litter, never to be renamed.
bool process_gone(const std::string& pid) {
  char* end = nullptr;
  long id = std::strtol(pid.c_str(), &end, 10);
  return id > 0 && end != pid.c_str() && ::kill(static_cast<pid_t>(id), 0) != 0 && errno == ESRCH;
}

/// Removes the temporaries of `target` that a writer killed before it could clean up (kill -9,
/// a power loss) left in `folder`: those of this host whose process no longer runs.
void remove_litter(const fs::path& folder, const fs::path& target) {
  std::string prefix = temporary_prefix(target);
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.starts_with(prefix)) continue;
    std::string rest = name.substr(prefix.size());
    if (process_gone(rest.substr(0, rest.find('.')))) fs::remove(it->path(), ec);
  }
}

}  // namespace

AtomicFile::AtomicFile(const std::string& path) : path_(path), target_(path) {
  std::error_code ec;
  // Through a symlink, the file it names is replaced; the link stays a link.
  if (fs::is_symlink(path, ec)) target_ = fs::weakly_canonical(path, ec).string();
  if (ec) target_ = path;
  if (replaceable(target_)) create_temporary();
  out_.open(temp_.empty() ? target_ : temp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    int error = errno;
    if (!temp_.empty()) std::remove(temp_.c_str());
    temp_.clear();
    throw std::runtime_error("cannot write " + path_ + ": " + std::strerror(error));
  }
}

void AtomicFile::create_temporary() {
  fs::path target(target_);
  fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  remove_litter(folder, target);
  std::string name =
      (folder / (temporary_prefix(target) + std::to_string(::getpid()) + ".XXXXXX")).string();
  int fd = ::mkstemp(name.data());
  if (fd < 0) throw std::runtime_error("cannot write " + path_ + ": " + std::strerror(errno));
  ::fchmod(fd, target_mode(target_));  // mkstemp makes it 0600
  ::close(fd);
  temp_ = name;
}

AtomicFile::~AtomicFile() {
  if (committed_ || temp_.empty()) return;
  out_.close();
  std::remove(temp_.c_str());
}

void AtomicFile::commit() {
  out_.flush();
  if (!out_) fail(errno);
  out_.close();
  if (!out_) fail(errno);
  if (temp_.empty()) {
    committed_ = true;
    return;
  }
  if (!sync_file(temp_) || std::rename(temp_.c_str(), target_.c_str()) != 0) fail(errno);
  committed_ = true;
}

void AtomicFile::fail(int error) const {
  std::string reason = error ? std::string(": ") + std::strerror(error) : std::string();
  throw std::runtime_error("writing " + path_ + " failed" + reason);
}

}  // namespace claimgraph
