#include "graph/store/store_error.h"

#include <cstring>

namespace claimgraph {

namespace {

/// The system's reason behind an I/O failure ("File too large"), empty when there is none.
std::string system_reason(sqlite3* db) {
  int code = sqlite3_extended_errcode(db);
  if ((code & 0xff) != SQLITE_IOERR && (code & 0xff) != SQLITE_FULL &&
      (code & 0xff) != SQLITE_CANTOPEN)
    return {};
  int error = sqlite3_system_errno(db);
  return error ? std::string(" (") + std::strerror(error) + ")" : std::string();
}

}  // namespace

std::string store_error_message(const std::string& path, sqlite3* db) {
  if (!db) return path + ": cannot open (out of memory)";
  std::string what = sqlite3_errmsg(db) + system_reason(db);
  switch (sqlite3_errcode(db)) {
    case SQLITE_FULL:
      // What was committed stays; a re-run finds those articles unchanged and adds the rest.
      return path + ": " + what + "; the store keeps what was written, run again with more space";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return path + ": another process is writing this store (" + what +
             "); run again when it has finished";
    default:
      return path + ": " + what;
  }
}

std::runtime_error store_error(const std::string& path, sqlite3* db) {
  return std::runtime_error(store_error_message(path, db));
}

}  // namespace claimgraph
