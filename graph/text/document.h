#pragma once
// An article's text, tokenized and split into sentences and lines, ready for extraction.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/text/tokenizer.h"

namespace claimgraph {

/// One article as read from its input.
struct Article {
  std::string id;      ///< file stem or the JSON "id"
  std::string text;    ///< valid UTF-8
  std::string title;   ///< optional, from JSON input
  std::string outlet;  ///< optional publisher named by the input's metadata
  std::string date;    ///< optional ISO date
  std::string url{};   ///< optional source address; `{}` lets older brace inits omit it
};

/// A sentence: a run of tokens [first, last).
struct Sentence {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  bool prose = true;  ///< false for headlines, captions and other page furniture
};

/// Tokenized article with sentence boundaries and per-token lower-case forms.
class Document {
 public:
  /// Tokenizes `text` (valid UTF-8); `is_furniture` says which whole lines are page furniture.
  template <typename FurnitureTest>
  Document(std::string_view text, FurnitureTest is_furniture)
      : text_(text), tokens_(tokenize(text)) {
    build_lower();
    split_sentences();
    mark_non_prose([&](std::string_view line) { return is_furniture(line); });
  }

  std::string_view text() const { return text_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  const Token& token(std::size_t i) const { return tokens_[i]; }
  std::size_t size() const { return tokens_.size(); }

  /// The token's text as written.
  std::string_view surface(std::size_t i) const {
    // Built from the offsets directly: substr's range check (a branch and a throw path) cost
    // more than the look-up itself in the rules, which ask for every token many times.
    return {text_.data() + tokens_[i].begin, tokens_[i].end - tokens_[i].begin};
  }
  /// The token's lower-case form.
  std::string_view lower(std::size_t i) const { return lower_words(i, i + 1); }
  /// The lower-case forms of tokens [first, last) joined by kWordSeparator: a phrase key.
  std::string_view lower_words(std::size_t first, std::size_t last) const {
    return {lower_text_.data() + lower_begin_[first], lower_begin_[last] - lower_begin_[first] - 1};
  }
  /// What joins the words of a phrase key: a control character no token contains.
  static constexpr char kWordSeparator = '\x1f';
  /// word_hash of the token's lower-case form, computed once (phrase look-ups filter on it).
  std::size_t lower_hash(std::size_t i) const { return lower_hash_[i]; }
  /// The text from the start of token `first` to the end of token `last - 1`.
  std::string_view surface(std::size_t first, std::size_t last) const;
  /// Index of the sentence holding token `i`.
  std::size_t sentence_of(std::size_t i) const { return sentence_index_[i]; }
  /// The sentence's first word token (its `last` when it has none).
  std::uint32_t first_word(const Sentence& s) const;
  /// One past the sentence's last token that is not trailing punctuation.
  std::uint32_t words_end(const Sentence& s) const;
  /// True when a line break (or the text's start) stands before sentence `s`.
  bool starts_paragraph(std::size_t s) const;
  /// One past the last sentence of the paragraph that sentence `s` opens or continues, taking
  /// `s` as its first: the block an "X reports:" line introduces.
  std::size_t paragraph_end(std::size_t s) const;
  /// True when token `i` is a word.
  bool is_word(std::size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::word;
  }
  /// True when token `i` is the punctuation mark `p`. Inline: the rules ask it of most tokens.
  bool is_punct(std::size_t i, char p) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::punct) return false;
    return tokens_[i].end - tokens_[i].begin == 1 && text_[tokens_[i].begin] == p;
  }

 private:
  template <typename F>
  void mark_non_prose(F is_furniture);
  void build_lower();
  /// Writes the lower-case form of `word` into lower_text_ at `at` and its word_hash into
  /// `hash`; returns where the form ends.
  std::size_t write_lower(std::string_view word, std::size_t at, std::size_t& hash);
  /// write_lower for a word that is not all ASCII.
  std::size_t write_unicode_lower(std::string_view word, std::size_t at, std::size_t& hash);
  void split_sentences();
  bool ends_sentence(std::size_t i) const;
  void mark_line(std::size_t first, std::size_t last, bool furniture);

  std::string_view text_;
  std::vector<Token> tokens_;
  std::string lower_text_;                  ///< each token's lower-case form and a separator
  std::vector<std::uint32_t> lower_begin_;  ///< where token i's form starts; one past the last
  std::vector<std::size_t> lower_hash_;
  std::vector<Sentence> sentences_;
  std::vector<std::uint32_t> sentence_index_;
};

template <typename F>
void Document::mark_non_prose(F is_furniture) {
  std::size_t line_start = 0;
  for (std::size_t i = 1; i <= tokens_.size(); ++i) {
    if (i < tokens_.size() && tokens_[i].newlines_before == 0) continue;
    std::size_t b = tokens_[line_start].begin, e = tokens_[i - 1].end;
    mark_line(line_start, i, is_furniture(text_.substr(b, e - b)));
    line_start = i;
  }
}

}  // namespace claimgraph
