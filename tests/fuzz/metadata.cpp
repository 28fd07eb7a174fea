// Fuzzes the metadata table reader (graph/io/metadata.h) and the date normaliser under it: a
// table that parses must give every file it names valid UTF-8 metadata and an ISO date or none,
// and every date the normaliser accepts must be ISO and normalise to itself.

#include <cstdint>
#include <stdexcept>
#include <string>

#include "fuzz_bytes.h"
#include "graph/io/dates.h"
#include "graph/io/metadata.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

/// Checks the normaliser on one written date.
void check_date(std::string_view written) {
  auto iso = iso_date(written);
  if (!iso) return;
  require(iso_shaped(*iso), "a normalised date is not ISO", *iso);
  require(iso_date(*iso) == iso, "an ISO date does not normalise to itself", *iso);
}

/// Checks what the table gives a file named by the start of each line of the table's bytes.
void check_joins(const FileMetadata& table, const std::string& bytes) {
  for (std::size_t start = 0; start < bytes.size();) {
    std::size_t end = std::min(bytes.find_first_of("\t,\n", start), bytes.size());
    Article article;
    if (table.apply(bytes.substr(start, end - start) + ".txt", article)) {
      for (const std::string* s : {&article.title, &article.outlet, &article.date, &article.url})
        require_utf8(*s);
      require_iso_date(article.date);
    }
    std::size_t next = bytes.find('\n', end);
    start = next == std::string::npos ? bytes.size() : next + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  std::uint8_t choice = in.byte();
  ColumnNames columns;
  if (choice & 2) columns = {"", "key", "", "paper", "when", ""};  // names the user gives
  std::string bytes = in.rest();
  check_date(bytes.substr(0, 64));
  try {
    FileMetadata table = FileMetadata::parse(bytes, choice & 1 ? "fuzz.csv" : "fuzz.tsv", columns,
                                             [](const InputError&) {});
    check_joins(table, bytes);
  } catch (const std::runtime_error&) {
    // A table with no file column or no metadata: one error, nothing to join.
  }
  return 0;
}
