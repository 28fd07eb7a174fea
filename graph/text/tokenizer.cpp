#include "graph/text/tokenizer.h"

#include <algorithm>
#include <array>

#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

/// Abbreviations written with a final dot that belongs to the word, not to the sentence.
constexpr auto kAbbreviations = std::to_array<std::string_view>(
    {"mr",   "mrs", "ms",  "dr",  "sen", "rep",  "gov",    "gen",  "lt",   "col",  "sgt",
     "jr",   "sr",  "st",  "mt",  "inc", "corp", "co",     "ltd",  "jan",  "feb",  "aug",
     "sept", "sep", "oct", "nov", "dec", "vs",   "etc",    "prof", "rev",  "capt", "cmdr",
     "adm",  "maj", "ft",  "ave", "rd",  "blvd", "messrs", "pres", "atty", "supt"});

/// A word of up to eight ASCII bytes as one number, A-Z lower-cased (other bytes kept), so an
/// abbreviation is one integer compare rather than a string compare.
constexpr std::uint64_t packed_lower(std::string_view word) {
  std::uint64_t packed = 0;
  for (std::size_t k = 0; k < word.size(); ++k) {
    auto byte = static_cast<unsigned char>(word[k]);
    packed |= std::uint64_t(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte) << (8 * k);
  }
  return packed;
}

/// kAbbreviations packed: the longest has six letters.
constexpr auto kPackedAbbreviations = [] {
  std::array<std::uint64_t, kAbbreviations.size()> packed{};
  for (std::size_t i = 0; i < kAbbreviations.size(); ++i)
    packed[i] = packed_lower(kAbbreviations[i]);
  return packed;
}();

/// Cursor over the text that keeps byte and code-point positions in step.
struct Cursor {
  std::string_view text;
  std::size_t pos = 0;
  std::uint32_t cp = 0;

  bool done() const { return pos >= text.size(); }
  Decoded peek(std::size_t ahead_bytes = 0) const {
    if (pos + ahead_bytes >= text.size()) return {0, 0};
    auto byte = static_cast<unsigned char>(text[pos + ahead_bytes]);
    if (byte < 0x80) return {byte, 1};  // ASCII, most of the text: no call
    return decode_utf8(text, pos + ahead_bytes);
  }
  void advance(const Decoded& d) {
    pos += d.length;
    ++cp;
  }
};

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF ||
         c == 0x2028 || c == 0x2029;
}

/// ASCII letters and digits, by byte (false for every byte of a multi-byte sequence): the
/// characters of nearly every word.
constexpr auto kAsciiWord = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c)
    table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return table;
}();
/// Bytes after a run of ASCII letters and digits that may carry the word on or take a dot
/// into it: joiners, the dot, and the lead bytes of multi-byte sequences (letters, "’").
constexpr auto kMayExtend = [] {
  std::array<bool, 256> table{};
  for (int c = 0x80; c < 256; ++c) table[c] = true;
  for (char c : {'-', '&', '/', '\'', '.'}) table[static_cast<unsigned char>(c)] = true;
  return table;
}();
bool is_word_cp(char32_t c) {
  if (c < 0x80) return kAsciiWord[c];
  return is_letter_cp(c) || c == 0x00B7;
}
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool is_double_quote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB ||
         c == 0x201F;
}
bool is_dash_cp(char32_t c) { return c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0x2015; }

bool is_abbreviation(std::string_view word) {
  // Asked of every word before a full stop, most of them sentence ends ("said."): one packed
  // compare per abbreviation, no string compares.
  if (word.empty() || word.size() > 6) return false;
  std::uint64_t packed = packed_lower(word);
  return std::find(kPackedAbbreviations.begin(), kPackedAbbreviations.end(), packed) !=
         kPackedAbbreviations.end();
}

/// Whether a word token ending at the cursor takes the following "." as part of itself.
bool takes_dot(std::string_view word, const Cursor& c) {
  if (c.peek().cp != '.') return false;
  if (is_abbreviation(word)) return true;
  // "No. 5" abbreviates "number"; "said no." ends a sentence.
  if ((word == "No" || word == "no") && c.peek(1).cp == ' ' && c.peek(2).cp >= '0' &&
      c.peek(2).cp <= '9')
    return true;
  // Initials and initialisms: "J.", "U.S.", "D.C."
  return word.size() == 1 || (word.size() >= 3 && word[word.size() - 2] == '.');
}

/// Reads a word starting at the cursor. Hyphens, apostrophes, "&" and "/" join letters on
/// both sides; a dot joins only inside initialisms ("U.S", "D.C"), where each part is one letter.
void read_word(Cursor& c) {
  std::size_t segment = 0;  // letters since the word start or the last dot
  while (!c.done()) {
    // Most of a word is a run of ASCII letters: scanned with a local index (the cursor's
    // fields, written back once, would otherwise be stored at every byte), no decoding.
    const char* text = c.text.data();
    std::size_t run = c.pos, size = c.text.size();
    while (run < size && kAsciiWord[static_cast<unsigned char>(text[run])]) ++run;
    if (run > c.pos) {
      c.cp += static_cast<std::uint32_t>(run - c.pos);
      segment += run - c.pos;
      c.pos = run;
      continue;
    }
    Decoded d = c.peek();
    if (is_word_cp(d.cp)) {
      c.advance(d);
      ++segment;
      continue;
    }
    char32_t next = c.peek(d.length).cp;
    bool joins =
        is_word_cp(next) && (d.cp == '-' || d.cp == '&' || d.cp == '/' || is_apostrophe(d.cp) ||
                             (d.cp == '.' && segment == 1 && is_letter_cp(next)));
    if (!joins) return;
    if (d.cp == '.') segment = 0;
    c.advance(d);
  }
}

/// Splits a trailing "'s" or "n't" off the word [begin, end) and returns its new end.
std::size_t split_suffix(std::string_view text, std::size_t begin, std::size_t end) {
  std::string_view w = text.substr(begin, end - begin);
  // Every suffix ends in "s", "S" or "t": most words are let go on their last byte.
  if (w.empty() || (w.back() != 's' && w.back() != 'S' && w.back() != 't')) return end;
  auto ends_with = [&](std::string_view suffix) {
    return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
  };
  for (std::string_view s : {"'s", "\xE2\x80\x99s", "'S", "\xE2\x80\x99S"})
    if (ends_with(s)) return end - s.size();
  for (std::string_view s : {"n't", "n\xE2\x80\x99t"})
    if (ends_with(s)) return end - s.size();
  return end;
}

TokenKind quote_kind(char32_t cp, bool space_before, bool at_start, char32_t next) {
  if (cp == 0x201C || cp == 0x201E || cp == 0x00AB) return TokenKind::open_quote;
  if (cp == 0x201D || cp == 0x00BB) return TokenKind::close_quote;
  // A straight quote opens after white space or at the start, unless a space follows it.
  bool next_space = next == 0 || is_space_cp(next);
  if ((space_before || at_start) && !next_space) return TokenKind::open_quote;
  return TokenKind::close_quote;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : c_{text} {}

  std::vector<Token> run() {
    tokens_.reserve(c_.text.size() / 5 + 1);
    while (!c_.done()) step();
    return std::move(tokens_);
  }

 private:
  void step() {
    auto byte = static_cast<unsigned char>(c_.text[c_.pos]);
    if (byte == ' ') {  // the commonest character, and nothing but a gap
      space_ = true;
      ++c_.pos;
      ++c_.cp;
      return;
    }
    if (kAsciiWord[byte]) {  // a word's start, the next commonest
      Token t = start_token();
      word(t);
      return;
    }
    Decoded d = c_.peek();
    if (is_space_cp(d.cp)) {
      space_ = true;
      if (d.cp == '\n' && newlines_ < 255) ++newlines_;
      c_.advance(d);
      return;
    }
    Token t = start_token();
    if (is_word_cp(d.cp)) {
      word(t);
    } else if (is_double_quote(d.cp)) {
      c_.advance(d);
      t.kind = quote_kind(d.cp, t.space_before, tokens_.empty(), c_.peek().cp);
      finish(t);
    } else if (d.cp == '\'' && c_.peek(1).cp == '\'') {
      // Two apostrophes stand for a double quotation mark in some archives ('' ... '').
      c_.advance(d);
      c_.advance(c_.peek());
      t.kind = quote_kind('"', t.space_before, tokens_.empty(), c_.peek().cp);
      finish(t);
    } else if (is_dash_cp(d.cp) || (d.cp == '-' && c_.peek(1).cp == '-')) {
      c_.advance(d);
      while (c_.peek().cp == '-') c_.advance(c_.peek());
      t.kind = TokenKind::dash;
      finish(t);
    } else {
      c_.advance(d);
      t.kind =
          d.cp < 0x80 || (d.cp >= 0x2018 && d.cp <= 0x2026) ? TokenKind::punct : TokenKind::symbol;
      finish(t);
    }
  }

  Token start_token() {
    Token t;
    t.begin = static_cast<std::uint32_t>(c_.pos);
    t.cp_begin = c_.cp;
    t.space_before = space_ || tokens_.empty();
    t.newlines_before = newlines_;
    space_ = false;
    newlines_ = 0;
    return t;
  }

  void finish(Token& t) {
    t.end = static_cast<std::uint32_t>(c_.pos);
    t.cp_end = c_.cp;
    tokens_.push_back(t);
  }

  void word(Token& t) {
    // Most words are a run of ASCII letters and digits followed by a space or punctuation that
    // cannot extend them: no joiner, no dot to take, no "'s" or "n't" to split off.
    const char* text = c_.text.data();
    std::size_t end = c_.pos, size = c_.text.size();
    while (end < size && kAsciiWord[static_cast<unsigned char>(text[end])]) ++end;
    if (end > c_.pos && (end == size || !kMayExtend[static_cast<unsigned char>(text[end])])) {
      c_.cp += static_cast<std::uint32_t>(end - c_.pos);
      c_.pos = end;
      t.kind = TokenKind::word;
      t.capitalized = text[t.begin] >= 'A' && text[t.begin] <= 'Z';
      finish(t);
      return;
    }
    general_word(t);
  }

  /// word() for any word: non-ASCII letters, joiners, dots and suffixes. Kept out of line so
  /// the common path saves no registers for it.
  [[gnu::noinline]] void general_word(Token& t) {
    Cursor word_start = c_;
    read_word(c_);
    std::string_view w = c_.text.substr(t.begin, c_.pos - t.begin);
    if (takes_dot(w, c_)) c_.advance(c_.peek());
    t.kind = TokenKind::word;
    auto lead = static_cast<unsigned char>(c_.text[t.begin]);
    t.capitalized =
        lead < 0x80 ? lead >= 'A' && lead <= 'Z' : is_upper_cp(decode_utf8(c_.text, t.begin).cp);
    std::size_t body_end = split_suffix(c_.text, t.begin, c_.pos);
    if (body_end == c_.pos) {
      finish(t);
      return;
    }
    // Emit the body, then the suffix as its own token.
    Cursor end = c_;
    c_ = word_start;
    while (c_.pos < body_end) c_.advance(c_.peek());
    finish(t);
    Token suffix = start_token();
    c_ = end;
    suffix.kind = TokenKind::word;
    finish(suffix);
  }

  Cursor c_;
  std::vector<Token> tokens_;
  bool space_ = false;
  std::uint8_t newlines_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return Tokenizer(text).run(); }

}  // namespace claimgraph
