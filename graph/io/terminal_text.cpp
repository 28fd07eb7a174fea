#include "graph/io/terminal_text.h"

#include <cstdio>

#include "graph/io/text_units.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

/// The escape of one ASCII byte, or nothing when it prints as itself.
std::string ascii_escape(unsigned char c) {
  switch (c) {
    case '\n':
      return "\\n";
    case '\t':
      return "\\t";
    case '\r':
      return "\\r";
    case '\\':
      return "\\\\";
  }
  if (c >= 0x20 && c != 0x7f) return {};
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\x%02x", c);
  return buf;
}

/// Appends how the byte or code point at `pos` prints; returns the bytes it took.
std::size_t append_printable(std::string_view text, std::size_t pos, std::string& out) {
  auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    std::string escape = ascii_escape(c);
    out += escape.empty() ? std::string(1, text[pos]) : escape;
    return 1;
  }
  std::size_t n = valid_sequence_length(text, pos);
  char32_t cp = n ? decode_utf8(text, pos).cp : 0;
  char buf[12];
  if (n == 0) {
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    n = 1;
  } else if (cp < 0xa0) {  // C1 controls: 0x9b alone starts an escape sequence on some terminals
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
  } else {
    buf[0] = 0;
    out.append(text.substr(pos, n));
  }
  out += buf;
  return n;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) pos += append_printable(text, pos, out);
  return out;
}

}  // namespace claimgraph
