#include "graph/render/label_text.h"

#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// The length of the valid UTF-8 sequence at `pos`, or 0 when the bytes there are not one.
std::size_t sequence_length(std::string_view text, std::size_t pos) {
  auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t n = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  if (n == 0 || pos + n > text.size()) return 0;
  return find_invalid_utf8(text.substr(pos, n)) ? 0 : n;
}

/// XML forbids U+FFFE and U+FFFF; the other noncharacters are replaced too, being no text.
bool is_noncharacter(char32_t cp) {
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

/// How the character of `length` bytes at `pos` is written into a label.
std::string_view label_unit(std::string_view text, std::size_t pos, std::size_t length) {
  if (length == 0) return kReplacement;
  char32_t cp = decode_utf8(text, pos).cp;
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return " ";
  if (cp == '\\') return "\\\\";
  if (cp == '&') return "&amp;";
  if (is_noncharacter(cp)) return kReplacement;
  return text.substr(pos, length);
}

}  // namespace

std::string graphviz_text(std::string_view text, std::size_t limit) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = sequence_length(text, pos);
    std::string_view unit = label_unit(text, pos, length);
    if (limit != std::string::npos && out.size() + unit.size() > limit) return out + "...";
    out += unit;
    pos += length ? length : 1;
  }
  return out;
}

}  // namespace claimgraph
