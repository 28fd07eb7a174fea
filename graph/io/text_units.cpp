#include "graph/io/text_units.h"

#include "graph/text/utf8.h"

namespace claimgraph {

std::size_t valid_sequence_length(std::string_view text, std::size_t pos) {
  auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t n = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  if (n == 0 || pos + n > text.size()) return 0;
  return find_invalid_utf8(text.substr(pos, n)) ? 0 : n;
}

bool is_noncharacter(char32_t cp) {
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

}  // namespace claimgraph
