#pragma once
// One line naming the store for a failure SQLite reports: a full disk, another process holding
// the write lock, or an I/O error with the system's reason, so the user knows what to do.

#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace claimgraph {

/// The message for the last failure on `db`, the store at `path`, with what to do about it.
std::string store_error_message(const std::string& path, sqlite3* db);

/// A std::runtime_error carrying store_error_message(path, db).
std::runtime_error store_error(const std::string& path, sqlite3* db);

}  // namespace claimgraph
