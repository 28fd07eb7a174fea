#include "graph/text/utf8.h"

#include <cstdint>
#include <cstring>

#include <utf8proc.h>

namespace claimgraph {

namespace {

/// Length of a sequence from its lead byte, 0 when the byte cannot start one.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Checks the second byte's narrower ranges that rule out overlongs and surrogates.
bool second_byte_ok(unsigned char lead, unsigned char second) {
  if (lead == 0xE0) return second >= 0xA0;
  if (lead == 0xED) return second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90;
  if (lead == 0xF4) return second <= 0x8F;
  return true;
}

}  // namespace

Decoded decode_utf8(std::string_view s, std::size_t pos) {
  auto lead = static_cast<unsigned char>(s[pos]);
  std::size_t len = sequence_length(lead);
  if (len <= 1 || pos + len > s.size()) return {lead, 1};
  char32_t cp = lead & (0x7F >> len);
  for (std::size_t i = 1; i < len; ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  return {cp, len};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Most text is ASCII: skip it eight bytes at a time.
    std::uint64_t word;
    while (i + 8 <= s.size() &&
           (std::memcpy(&word, s.data() + i, 8), !(word & 0x8080808080808080ull)))
      i += 8;
    if (i == s.size()) break;
    auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = sequence_length(lead);
    if (len == 0 || i + len > s.size()) return i;
    if (!second_byte_ok(lead, static_cast<unsigned char>(s[i + 1]))) return i;
    for (std::size_t k = 1; k < len; ++k)
      if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return i;
    i += len;
  }
  return std::nullopt;
}

std::u32string to_code_points(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    Decoded d = decode_utf8(s, i);
    out.push_back(d.cp);
    i += d.length;
  }
  return out;
}

std::string code_point_slice(std::u32string_view cps, std::size_t start, std::size_t end) {
  std::string out;
  for (std::size_t i = start; i < end && i < cps.size(); ++i) append_utf8(out, cps[i]);
  return out;
}

std::vector<std::string_view> split_fields(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t p = s.find(sep); p != std::string_view::npos; p = s.find(sep, start)) {
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
  out.push_back(s.substr(start));
  return out;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += !is_continuation(static_cast<unsigned char>(c));
  return n;
}

bool looks_binary(std::string_view s) { return s.find('\0') != std::string_view::npos; }

namespace {

/// Bytes that the UTF-8 encoding of `cp` takes.
std::size_t encoded_length(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/// Writes the UTF-8 encoding of `cp` (encoded_length(cp) bytes) at `out`.
void write_utf8(char* out, char32_t cp) {
  char buffer[4];
  std::size_t n = encoded_length(cp);
  if (n == 1) {
    buffer[0] = static_cast<char>(cp);
  } else {
    for (std::size_t k = n - 1; k > 0; --k, cp >>= 6)
      buffer[k] = static_cast<char>(0x80 | (cp & 0x3F));
    buffer[0] = static_cast<char>((0xF00u >> n) | cp);
  }
  std::memcpy(out, buffer, n);
}

/// to_lower_utf8 of `s` from byte `i` on, appended to `out` (which holds the form of s[0, i)).
std::string lower_appending(std::string_view s, std::size_t i, std::string out) {
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    Decoded d = decode_utf8(s, i);
    append_utf8(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(d.cp))));
    i += d.length;
  }
  return out;
}

}  // namespace

std::string to_lower_utf8(std::string_view s) {
  // Copy, then fold in place: a lower-case form nearly always takes as many bytes as the
  // original, and per-byte appends cost more. The rare one that does not (U+023A grows; an
  // invalid byte is re-encoded) is finished by appending.
  std::string out(s);
  // Written through locals: stores to the string's bytes could alias its size.
  char* p = out.data();
  const std::size_t n = out.size();
  for (std::size_t i = 0; i < n;) {
    auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) {
      p[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    Decoded d = decode_utf8(s, i);
    auto low = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(d.cp)));
    if (encoded_length(low) != d.length) {
      out.resize(i);
      return lower_appending(s, i, std::move(out));
    }
    write_utf8(p + i, low);  // even when unchanged: a malformed sequence comes out canonical
    i += d.length;
  }
  return out;
}

bool is_upper_cp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

bool is_letter_cp(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

}  // namespace claimgraph
