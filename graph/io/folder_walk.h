#pragma once
// Walks a folder for input files. A folder shared between colleagues may hold anything: symlink
// loops, broken links, unreadable subfolders, FIFOs named like articles. Each such entry is
// reported once and skipped, and the walk goes on; nothing in it can stop or hang a batch.

#include <filesystem>
#include <functional>
#include <vector>

#include "graph/io/input.h"

namespace claimgraph {

/// The regular files under `dir` that `wanted` accepts, recursively, in sorted path order.
/// Hidden entries are skipped, symlinked folders are not followed, and every entry that cannot
/// be used is told to `error` ("<path>: symlink loop, skipped").
std::vector<std::filesystem::path> walk_folder(
    const std::filesystem::path& dir,
    const std::function<bool(const std::filesystem::path&)>& wanted,
    const std::function<void(const InputError&)>& error);

}  // namespace claimgraph
