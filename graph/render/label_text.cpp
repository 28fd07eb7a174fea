#include "graph/render/label_text.h"

#include "graph/io/text_units.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

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
    std::size_t length = valid_sequence_length(text, pos);
    std::string_view unit = label_unit(text, pos, length);
    if (limit != std::string::npos && out.size() + unit.size() > limit) return out + "...";
    out += unit;
    pos += length ? length : 1;
  }
  return out;
}

}  // namespace claimgraph
