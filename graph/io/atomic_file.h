#pragma once
// An output file written whole or not at all. The contents go to a hidden temporary file in
// the target's folder (so the rename stays on one file system, and folder walkers skip it),
// which is synced and renamed over the target only once every byte was written: a crash, a
// full disk or a failed write never leaves half a file, nor clobbers the previous good one.
// A target that is not a regular file (/dev/null, /dev/stdout, a FIFO) is written in place,
// since renaming over it would replace the device or never reach the pipe's reader. The
// temporary's name carries the host and the writer's process id, so the next writer of the
// same target removes what a killed one (kill -9) left behind.

#include <fstream>
#include <string>

namespace claimgraph {

/// A file that commit() replaces atomically; abandoned (its temporary removed) otherwise.
class AtomicFile {
 public:
  /// Starts writing `path`; throws std::runtime_error naming it when it cannot be written.
  explicit AtomicFile(const std::string& path);
  /// Removes the temporary file unless commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// Where the contents are written.
  std::ostream& stream() { return out_; }
  /// Puts the contents in place; throws std::runtime_error naming the file (which is then
  /// unchanged) when any byte could not be written.
  void commit();
  /// The temporary file being written, empty when the target is written in place.
  const std::string& temporary() const { return temp_; }

 private:
  /// Creates the temporary file next to `target_` with the permissions the target will have.
  void create_temporary();
  /// Throws the one-line error for a failed write, with the system's reason.
  [[noreturn]] void fail(int error) const;

  std::string path_;    ///< the target as the user named it, for messages
  std::string target_;  ///< the file replaced: `path_` with a symlink resolved
  std::string temp_;    ///< the temporary file; empty when written in place
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace claimgraph
