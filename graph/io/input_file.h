#pragma once
// Opening an input that may be anything a path can name: a regular file, a pipe from a process
// substitution, a FIFO, a device such as /dev/zero, a socket. Opening never blocks (a FIFO with
// no writer reads as empty), and reading a whole input stops past a bound, so no input can hang
// a batch or exhaust memory.

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>

namespace claimgraph {

/// The bytes of a whole input, or why they could not be had.
struct WholeInput {
  std::string bytes;
  std::string problem;  ///< empty when `bytes` holds the whole input
};

/// An input opened for reading, streamed from its file descriptor.
class InputFile {
 public:
  /// Opens `path`; problem() says why when it cannot be read.
  explicit InputFile(const std::string& path);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  /// Why the input cannot be read ("cannot be read (Permission denied)"), or empty.
  const std::string& problem() const { return problem_; }
  /// True for a character or block device (/dev/zero, a terminal): it may never end, so what
  /// is streamed line by line (records) refuses it.
  bool is_device() const { return device_; }
  /// The size of a regular file; nothing for pipes, FIFOs and devices, whose size is unknown.
  std::optional<std::size_t> regular_size() const { return size_; }
  /// The input's bytes from where reading stands; valid while this object lives.
  std::istream& stream();

 private:
  class Buffer;
  int fd_ = -1;
  std::string problem_;
  std::optional<std::size_t> size_;
  bool device_ = false;
  std::unique_ptr<Buffer> buffer_;
  std::unique_ptr<std::istream> stream_;
};

/// Why a file of records (JSON Lines, CSV) cannot be streamed from `file`, or empty.
std::string record_stream_problem(const InputFile& file);

/// Reads `in` to its end, giving up once it holds more than `max_bytes` (so an endless input
/// costs at most that much memory).
WholeInput read_whole(std::istream& in, std::size_t max_bytes);

/// Reads the input at `path` whole, within `max_bytes`; a regular file over the bound is
/// refused by its size, unread.
WholeInput read_whole(const std::string& path, std::size_t max_bytes);

/// "is over the limit of N bytes": why an input past `max_bytes` is refused.
std::string over_limit(std::size_t max_bytes, std::optional<std::size_t> size = std::nullopt);

}  // namespace claimgraph
