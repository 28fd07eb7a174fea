#pragma once
// A path a fuzz target writes to for every input: its process's own, so fuzzers running at once
// do not meet, memory-backed under /dev/shm when the machine has it, removed when it exits.

#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace claimgraph::fuzz {

/// A path named `name` and the process id, removed with all it holds on destruction.
struct ScratchPath {
  std::filesystem::path path;

  explicit ScratchPath(const std::string& name) {
    namespace fs = std::filesystem;
    fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    path = base / (name + "-" + std::to_string(::getpid()));
  }
  ~ScratchPath() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

}  // namespace claimgraph::fuzz
