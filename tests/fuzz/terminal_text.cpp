// Fuzzes the terminal escaping: any bytes must come out as valid UTF-8 holding no control
// character (C0, DEL, C1), and text with nothing to escape must come out unchanged.

#include "graph/io/terminal_text.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7f && cp < 0xa0); }

/// True when valid UTF-8 `text` holds no control character and no backslash.
bool plain(std::string_view text) {
  if (find_invalid_utf8(text) || text.find('\\') != std::string_view::npos) return false;
  for (char32_t cp : to_code_points(text))
    if (is_control(cp)) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string safe = terminal_safe(text);
  require_utf8(safe);
  for (char32_t cp : to_code_points(safe))
    require(!is_control(cp), "a control character reaches the terminal", safe);
  if (plain(text)) require(safe == text, "plain text was changed", safe);
  return 0;
}
