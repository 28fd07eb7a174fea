#include "graph/text/normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

/// Whether every byte of `s` is ASCII, which is its own NFKC form.
bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// The NFKC form of `s`: compatibility characters (ligatures, full-width letters) folded.
std::string nfkc(std::string_view s) {
  utf8proc_uint8_t* out = nullptr;
  auto len = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &out, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_STABLE));
  if (len < 0) return std::string(s);  // invalid input: leave it for the caller to reject
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(len));
}

/// Whether a code point is Unicode punctuation (Pc to Po), as utf8proc classifies it.
bool unicode_punctuation(char32_t cp) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO;
}

/// unicode_punctuation of each ASCII code point, looked up once: names are mostly ASCII.
const std::array<bool, 128>& ascii_punctuation() {
  static const std::array<bool, 128> table = [] {
    std::array<bool, 128> t{};
    for (char32_t cp = 0; cp < 128; ++cp) t[cp] = unicode_punctuation(cp);
    return t;
  }();
  return table;
}

bool is_punctuation(char32_t cp) {
  return cp < 128 ? ascii_punctuation()[cp] : unicode_punctuation(cp);
}

bool is_space(char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') return true;
  if (cp < 128) return false;
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

}  // namespace

std::string_view trim_whitespace(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

namespace {

/// Per ASCII byte: its lower-case form, or -1 where a name breaks (punctuation or space).
const std::array<std::int16_t, 128>& ascii_fold() {
  static const std::array<std::int16_t, 128> table = [] {
    std::array<std::int16_t, 128> t{};
    for (char32_t cp = 0; cp < 128; ++cp)
      t[cp] = is_punctuation(cp) || is_space(cp)
                  ? std::int16_t{-1}
                  : static_cast<std::int16_t>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return t;
  }();
  return table;
}

/// True when `s` starts with "the " in any case ("The ", "THE ").
bool starts_with_the(std::string_view s) {
  return s.size() > 4 && (s[0] | 0x20) == 't' && (s[1] | 0x20) == 'h' && (s[2] | 0x20) == 'e' &&
         s[3] == ' ';
}

/// normalize_name of an ASCII name, appended to `out`: one pass, no copy in between (most
/// names are ASCII, and entity keys and ids normalise many of them).
void append_normalized_ascii(std::string_view name, std::string& out) {
  std::string_view s = trim_whitespace(name);
  if (starts_with_the(s)) s.remove_prefix(4);
  if (s.size() > 2 && s[s.size() - 2] == '\'' && (s.back() | 0x20) == 's') s.remove_suffix(2);
  const auto& fold = ascii_fold();
  std::size_t base = out.size(), n = base;
  out.resize(base + 2 * s.size());  // room for every byte and a space before each
  bool pending_space = false;
  for (char c : s) {
    std::int16_t f = fold[static_cast<unsigned char>(c)];
    if (f < 0) {
      pending_space = n > base;
      continue;
    }
    if (pending_space) out[n++] = ' ';
    pending_space = false;
    out[n++] = static_cast<char>(f);
  }
  out.resize(n);
}

}  // namespace

void append_normalized_name(std::string_view name, std::string& out) {
  if (is_ascii(name)) return append_normalized_ascii(name, out);
  std::string lower = to_lower_utf8(nfkc(name));
  std::string_view s = trim_whitespace(lower);
  if (s.size() > 4 && s.substr(0, 4) == "the ") s.remove_prefix(4);
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s"})
    if (s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
      s.remove_suffix(suffix.size());
  std::size_t base = out.size();
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    auto byte = static_cast<unsigned char>(s[i]);
    Decoded d = byte < 0x80 ? Decoded{byte, 1} : decode_utf8(s, i);
    i += d.length;
    if (is_punctuation(d.cp) || is_space(d.cp)) {
      pending_space = out.size() > base;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (d.length == 1)
      out += static_cast<char>(byte);  // ASCII, most of every name: no call
    else
      append_utf8(out, d.cp);
  }
}

std::string normalize_name(std::string_view name) {
  std::string out;
  append_normalized_name(name, out);
  return out;
}

void append_slug(std::string_view name, std::string& out) {
  std::size_t from = out.size();
  append_normalized_name(name, out);
  std::replace(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(), ' ', '-');
}

std::string slug(std::string_view name) {
  std::string s;
  append_slug(name, s);
  return s;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::vector<std::string> name_words(std::string_view normalised) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from < normalised.size()) {
    std::size_t space = normalised.find(' ', from);
    if (space == std::string_view::npos) space = normalised.size();
    if (space > from) out.emplace_back(normalised.substr(from, space - from));
    from = space + 1;
  }
  return out;
}

}  // namespace claimgraph
