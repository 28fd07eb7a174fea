#include "graph/io/xml_text.h"

#include "graph/io/text_units.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// The markup or whitespace escape of an ASCII character, or empty when it stands as itself.
std::string_view ascii_escape(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    case '\t':
      return "&#9;";
    case '\n':
      return "&#10;";
    case '\r':
      return "&#13;";
  }
  return static_cast<unsigned char>(c) < 0x20 ? kReplacement : std::string_view();
}

/// How the character of `length` bytes at `pos` is written.
std::string_view xml_unit(std::string_view text, std::size_t pos, std::size_t length) {
  if (length == 0) return kReplacement;
  if (length == 1) {
    std::string_view escape = ascii_escape(text[pos]);
    return escape.empty() ? text.substr(pos, 1) : escape;
  }
  return is_noncharacter(decode_utf8(text, pos).cp) ? kReplacement : text.substr(pos, length);
}

}  // namespace

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t length = valid_sequence_length(text, pos);
    out += xml_unit(text, pos, length);
    pos += length ? length : 1;
  }
  return out;
}

}  // namespace claimgraph
