#include "graph/text/person_name.h"

#include <algorithm>
#include <vector>

#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

/// The words of a name, split at white space.
std::vector<std::string_view> name_words(std::string_view name) {
  std::vector<std::string_view> words;
  std::size_t p = 0;
  while (p < name.size()) {
    std::size_t end = name.find(' ', p);
    if (end == std::string_view::npos) end = name.size();
    if (end > p) words.push_back(name.substr(p, end - p));
    p = end + 1;
  }
  return words;
}

bool is_suffix_word(std::string_view w) {
  std::string low = to_lower_utf8(w);
  if (!low.empty() && low.back() == '.') low.pop_back();
  return low == "jr" || low == "sr" || low == "ii" || low == "iii" || low == "iv";
}

/// A word of initials ("H.W.", "H.", "HW"): each of its letters stands for a name.
bool is_initials_word(std::string_view w) {
  bool dotted = w.find('.') != std::string_view::npos;
  bool short_capitals =
      w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return dotted || short_capitals;
}

/// The lower-case first letter (code point) of a word, or of each letter of initials.
void append_initials(std::string_view w, std::string& out) {
  bool initials = is_initials_word(w);
  for (std::size_t i = 0; i < w.size();) {
    Decoded d = decode_utf8(w, i);
    i += d.length;
    if (!is_letter_cp(d.cp)) continue;
    out += to_lower_utf8(w.substr(i - d.length, d.length));
    if (!initials) return;
  }
}

/// True when `name` has three or more words: only then can it have a middle name.
bool has_three_words(std::string_view name) {
  int words = 0;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (name[i] != ' ' && (i == 0 || name[i - 1] == ' ') && ++words == 3) return true;
  return false;
}

}  // namespace

std::string middle_initials(std::string_view full_name) {
  // Most names are two words: answered without splitting them.
  if (!has_three_words(full_name)) return std::string();
  auto words = name_words(full_name);
  while (!words.empty() && is_suffix_word(words.back())) words.pop_back();
  std::string out;
  for (std::size_t i = 1; i + 1 < words.size(); ++i) append_initials(words[i], out);
  return out;
}

}  // namespace claimgraph
