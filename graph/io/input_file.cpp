#include "graph/io/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <streambuf>

namespace claimgraph {

/// A read-only stream buffer over a file descriptor, refilled 64 KiB at a time.
class InputFile::Buffer : public std::streambuf {
 public:
  explicit Buffer(int fd) : fd_(fd) {}

 protected:
  int_type underflow() override {
    ssize_t got;
    do got = ::read(fd_, data_, sizeof data_);
    while (got < 0 && errno == EINTR);
    if (got <= 0) return traits_type::eof();
    setg(data_, data_, data_ + got);
    return traits_type::to_int_type(data_[0]);
  }

 private:
  int fd_;
  char data_[1 << 16];
};

namespace {

std::string why(const char* what) { return std::string(what) + " (" + std::strerror(errno) + ")"; }

/// Why a file of this type is no input, or empty when it can be read.
std::string refused_type(mode_t mode) {
  if (S_ISDIR(mode)) return "is a folder";
  if (S_ISSOCK(mode)) return "is a socket, not a file";
  return {};
}

}  // namespace

InputFile::InputFile(const std::string& path) {
  // O_NONBLOCK only for the open: a FIFO with no writer would block it forever.
  fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  struct stat st {};
  if (fd_ < 0) {
    bool socket = ::stat(path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode);
    problem_ = socket ? refused_type(st.st_mode) : why("cannot be read");
    return;
  }
  if (::fstat(fd_, &st) != 0) problem_ = why("cannot be read");
  if (problem_.empty()) problem_ = refused_type(st.st_mode);
  if (S_ISREG(st.st_mode)) size_ = static_cast<std::size_t>(st.st_size);
  device_ = S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode);
  int flags = ::fcntl(fd_, F_GETFL);
  if (problem_.empty() && (flags < 0 || ::fcntl(fd_, F_SETFL, flags & ~O_NONBLOCK) != 0))
    problem_ = why("cannot be read");
}

InputFile::~InputFile() {
  stream_.reset();
  buffer_.reset();
  if (fd_ >= 0) ::close(fd_);
}

std::istream& InputFile::stream() {
  if (!stream_) {
    buffer_ = std::make_unique<Buffer>(fd_);
    stream_ = std::make_unique<std::istream>(buffer_.get());
  }
  return *stream_;
}

std::string record_stream_problem(const InputFile& file) {
  if (!file.problem().empty()) return file.problem();
  if (file.is_device()) return "is a device, not a file of records";
  return {};
}

std::string over_limit(std::size_t max_bytes, std::optional<std::size_t> size) {
  if (size)
    return "is " + std::to_string(*size) + " bytes, over the limit of " + std::to_string(max_bytes);
  return "is over the limit of " + std::to_string(max_bytes) + " bytes";
}

WholeInput read_whole(std::istream& in, std::size_t max_bytes) {
  WholeInput out;
  std::streambuf& buf = *in.rdbuf();
  char chunk[1 << 16];
  for (std::streamsize got; (got = buf.sgetn(chunk, sizeof chunk)) > 0;) {
    if (out.bytes.size() + static_cast<std::size_t>(got) > max_bytes) {
      out.bytes = std::string();  // released: the input is refused whole
      out.problem = over_limit(max_bytes);
      return out;
    }
    out.bytes.append(chunk, static_cast<std::size_t>(got));
  }
  return out;
}

WholeInput read_whole(const std::string& path, std::size_t max_bytes) {
  InputFile file(path);
  if (!file.problem().empty()) return {{}, file.problem()};
  if (auto size = file.regular_size(); size && *size > max_bytes)
    return {{}, over_limit(max_bytes, size)};
  return read_whole(file.stream(), max_bytes);
}

}  // namespace claimgraph
