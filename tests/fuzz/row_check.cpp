// Fuzzes the checks every value read from a store passes (graph/store/row_check): whatever the
// column holds, a check returns a value within its bounds or throws, never anything else. The
// store_rows target drives the same checks through SQLite, far more slowly.

#include <stdexcept>

#include "fuzz_bytes.h"
#include "graph/store/row_check.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

/// Aborts unless `s` is a span of a text of `bytes` bytes (0: unknown).
void require_span(const Span& s, std::size_t bytes) {
  require(s.start <= s.end && (bytes == 0 || s.end <= bytes), "a span out of bounds", "");
}

/// Aborts unless a kind that parses writes back as the text it came from.
template <typename T>
void check_kind(const RowCheck& check, std::optional<T> parsed, const std::string& text) {
  T kind = check.known(parsed, text, "kind");
  require(to_string(kind) == text, "a kind does not write back", text);
}

/// Runs the check the next byte picks on values from the input.
void check_one(const RowCheck& check, std::size_t bytes, FuzzBytes& in) {
  switch (in.below(9)) {
    case 0: {
      std::size_t count = in.byte();
      require(check.entity(static_cast<std::int64_t>(in.u64()), count, "entity") < count,
              "an entity out of range", "");
      return;
    }
    case 1:
      return require_span(check.span(static_cast<std::int64_t>(in.u64()),
                                     static_cast<std::int64_t>(in.u64()), "start"),
                          bytes);
    case 2:
      for (const Span& s : check.spans(in.string(), "content")) require_span(s, bytes);
      return;
    case 3:
      return require_utf8(check.text(in.string(), "name"));
    case 4: {
      std::string text = in.string();
      return check_kind(check, parse_entity_kind(text), text);
    }
    case 5: {
      std::string text = in.string();
      return check_kind(check, parse_relation_kind(text), text);
    }
    case 6:
      for (const auto& alias : check.strings(in.string(), "aliases")) require_utf8(alias);
      return;
    case 7:
      for (const Span& s : check.span_pairs(in.string(), "mentions")) require_span(s, bytes);
      return;
    default: {
      std::string text = in.string();
      return check_kind(check, parse_stance(text), text);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  std::size_t bytes = in.byte() & 1 ? in.u32() : in.byte();
  RowCheck check("fuzz.db", in.string(), bytes);
  check.table("relations");
  while (!in.empty()) {
    try {
      check_one(check, bytes, in);
    } catch (const std::runtime_error&) {
    }
  }
  return 0;
}
