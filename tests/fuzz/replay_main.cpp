// Runs a fuzz target's LLVMFuzzerTestOneInput over files and folders of inputs, as libFuzzer
// would replay them, so the normal (gcc) build keeps every committed corpus passing.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

/// Feeds the bytes of one file to the target.
void replay(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  // A copy of exactly the input's size, so ASan sees any read past its end.
  std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
  LLVMFuzzerTestOneInput(data.data(), data.size());
}

/// The files `arg` names: itself, or a folder's regular files in sorted order.
std::vector<fs::path> files_of(const fs::path& arg) {
  if (!fs::is_directory(arg)) return {arg};
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(arg))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    if (!fs::exists(argv[i])) {
      std::fprintf(stderr, "replay: %s does not exist\n", argv[i]);
      return 2;
    }
    for (const auto& file : files_of(argv[i])) {
      std::fprintf(stderr, "replay: %s\n", file.c_str());
      replay(file);
      ++count;
    }
  }
  std::printf("replayed %zu inputs\n", count);
  return count ? 0 : 2;
}
