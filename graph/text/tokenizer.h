#pragma once
// Splits article text into word, number, punctuation, quote and dash tokens, each carrying
// byte and code-point offsets so later stages can report spans without re-decoding.

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph {

/// What a token is, as far as attribution and entity rules care.
enum class TokenKind : std::uint8_t {
  word,         ///< letters or digits, with inner apostrophes, hyphens and abbreviation dots
  punct,        ///< . , ; : ! ? ( ) [ ] and other ASCII punctuation
  open_quote,   ///< a double quotation mark that opens a quote
  close_quote,  ///< a double quotation mark that closes one
  dash,         ///< em dash, en dash or "--"
  symbol,       ///< anything else (currency, bullets, emoji)
};

/// One token of the text.
struct Token {
  std::uint32_t begin = 0;     ///< byte offset
  std::uint32_t end = 0;       ///< byte offset, exclusive
  std::uint32_t cp_begin = 0;  ///< code-point offset
  std::uint32_t cp_end = 0;    ///< code-point offset, exclusive
  TokenKind kind = TokenKind::word;
  bool capitalized = false;          ///< starts with an upper-case letter
  bool space_before = false;         ///< white space separates it from the previous token
  std::uint8_t newlines_before = 0;  ///< line breaks between it and the previous token (capped)
};

/// Tokenizes valid UTF-8 `text`. Possessive "'s" and "n't" become tokens of their own.
std::vector<Token> tokenize(std::string_view text);

}  // namespace claimgraph
