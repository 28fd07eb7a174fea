#include "graph/text/document.h"

#include "graph/text/hash.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "graph/text/utf8.h"

namespace claimgraph {

std::string_view Document::surface(std::size_t first, std::size_t last) const {
  if (first >= last) return {};
  return {text_.data() + tokens_[first].begin, tokens_[last - 1].end - tokens_[first].begin};
}

bool Document::starts_paragraph(std::size_t s) const {
  const Sentence& sent = sentences_[s];
  if (sent.first == 0) return true;
  std::size_t gap_begin = tokens_[sent.first - 1].end;
  auto gap = text_.substr(gap_begin, tokens_[sent.first].begin - gap_begin);
  return gap.find('\n') != std::string_view::npos;
}

std::size_t Document::paragraph_end(std::size_t s) const {
  std::size_t end = s + 1;
  while (end < sentences_.size() && !starts_paragraph(end)) ++end;
  return end;
}

std::uint32_t Document::first_word(const Sentence& s) const {
  std::uint32_t i = s.first;
  while (i < s.last && tokens_[i].kind != TokenKind::word) ++i;
  return i;
}

std::uint32_t Document::words_end(const Sentence& s) const {
  std::uint32_t end = s.last;
  while (end > s.first && tokens_[end - 1].kind == TokenKind::punct) --end;
  return end;
}

namespace {

constexpr std::uint64_t kEveryByte = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

/// `chunk`'s eight bytes, all ASCII, with A-Z lower-cased: the high bit of each byte of the two
/// sums says whether it is at least 'A' and whether it is above 'Z' (no sum carries into the
/// next byte, as every byte is below 0x80); the difference is the 0x20 of lower case.
std::uint64_t ascii_lower(std::uint64_t chunk) {
  std::uint64_t at_least_a = chunk + (0x80 - 'A') * kEveryByte;
  std::uint64_t above_z = chunk + (0x80 - 'Z' - 1) * kEveryByte;
  return chunk | ((at_least_a & ~above_z & kHighBits) >> 2);
}

/// Writes `chunk` (as word_chunk reads) at `out` in text order.
void store_chunk(char* out, std::uint64_t chunk) {
  if constexpr (std::endian::native == std::endian::big) chunk = __builtin_bswap64(chunk);
  std::memcpy(out, &chunk, 8);
}

}  // namespace

void Document::build_lower() {
  // One buffer for all forms, written in place: a string per token cost an allocation and
  // 32 bytes each. ASCII forms are as long as the text, so the buffer rarely grows; eight
  // spare bytes take write_lower's last chunk.
  // The token count is kept in a local: tokens_.size() divides by sizeof(Token), and the
  // char stores below may alias tokens_, so it would be recomputed at every token.
  const std::size_t n = tokens_.size();
  lower_text_.resize(text_.size() + n + 8);
  lower_begin_.resize(n + 1);
  lower_hash_.resize(n);
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; ++i) {
    lower_begin_[i] = static_cast<std::uint32_t>(at);
    std::size_t end = write_lower(surface(i), at, lower_hash_[i]);
    lower_text_[end] = kWordSeparator;
    at = end + 1;
  }
  lower_begin_[n] = static_cast<std::uint32_t>(at);
  lower_text_.resize(at);
}

std::size_t Document::write_lower(std::string_view word, std::size_t at, std::size_t& hash) {
  // Eight bytes at a time, each chunk lower-cased by arithmetic and mixed into the word's hash
  // as it is written (no second pass to hash the form). The last chunk may write up to seven
  // bytes past the word: the buffer keeps eight spare, and the next form overwrites them.
  if (at + word.size() + 8 > lower_text_.size()) lower_text_.resize(2 * (at + word.size() + 8));
  char* out = lower_text_.data() + at;
  WordHasher hasher(word.size());
  // Writes a chunk's lower-case bytes at `k` and hashes them; false when it is not all ASCII.
  auto put = [&](std::uint64_t chunk, std::size_t k) {
    if (chunk & kHighBits) return false;
    std::uint64_t lower = ascii_lower(chunk);
    store_chunk(out + k, lower);
    hasher.add(lower);
    return true;
  };
  std::size_t k = 0;
  for (; k + 8 <= word.size(); k += 8)
    if (!put(word_chunk(word.data() + k), k)) return write_unicode_lower(word, at, hash);
  if (k < word.size() && !put(word_tail(word.data() + k, word.size() - k), k))
    return write_unicode_lower(word, at, hash);
  hash = hasher.value();
  return at + word.size();
}

std::size_t Document::write_unicode_lower(std::string_view word, std::size_t at,
                                          std::size_t& hash) {
  // Unicode case rules, and curly apostrophes to straight ones so lexicon look-ups see one form.
  std::string low = to_lower_utf8(word);
  for (std::size_t p = low.find("\xE2\x80\x99"); p != std::string::npos;
       p = low.find("\xE2\x80\x99", p))
    low.replace(p, 3, "'");
  if (at + low.size() + 8 > lower_text_.size()) lower_text_.resize(2 * (at + low.size() + 8));
  low.copy(lower_text_.data() + at, low.size());
  hash = word_hash(low);
  return at + low.size();
}

bool Document::ends_sentence(std::size_t i) const {
  const Token& t = tokens_[i];
  std::size_t next = i + 1;
  if (next >= tokens_.size()) return true;
  const Token& n = tokens_[next];
  if (n.newlines_before > 0) {
    // A single line break inside a sentence (hard-wrapped text) continues it.
    return n.newlines_before > 1 || !(n.kind == TokenKind::word && !n.capitalized);
  }
  bool terminal = is_punct(i, '.') || is_punct(i, '!') || is_punct(i, '?');
  if (!terminal) {
    // A closing quote or bracket right after terminal punctuation ends the sentence too.
    bool closer = t.kind == TokenKind::close_quote || is_punct(i, ')');
    if (!closer || i == 0) return false;
    std::size_t p = i - 1;
    while (p > 0 && (tokens_[p].kind == TokenKind::close_quote || is_punct(p, ')'))) --p;
    terminal = is_punct(p, '.') || is_punct(p, '!') || is_punct(p, '?');
    if (!terminal) return false;
  }
  if (n.kind == TokenKind::close_quote || is_punct(next, ')')) return false;
  if (!n.space_before) return false;
  return n.capitalized || n.kind == TokenKind::open_quote || n.kind != TokenKind::word ||
         (lower_text_[lower_begin_[next]] >= '0' && lower_text_[lower_begin_[next]] <= '9');
}

void Document::split_sentences() {
  const auto n = static_cast<std::uint32_t>(tokens_.size());
  sentence_index_.resize(n);
  // Counted in a local: sentences_.size() divides by the element size at every token.
  std::uint32_t first = 0, count = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    sentence_index_[i] = count;
    if (ends_sentence(i)) {
      sentences_.push_back({first, i + 1, true});
      first = i + 1;
      ++count;
    }
  }
}

void Document::mark_line(std::size_t first, std::size_t last, bool furniture) {
  // A line without terminal punctuation is a headline, caption or navigation, not prose.
  std::size_t end = last - 1;
  while (end > first && (tokens_[end].kind == TokenKind::close_quote ||
                         tokens_[end].kind == TokenKind::open_quote || is_punct(end, ')')))
    --end;
  // A final abbreviation ("U.S.") carries the sentence's full stop.
  bool abbreviation_stop =
      tokens_[end].kind == TokenKind::word && text_[tokens_[end].end - 1] == '.';
  bool terminal = is_punct(end, '.') || is_punct(end, '!') || is_punct(end, '?') ||
                  is_punct(end, ':') || tokens_[last - 1].kind == TokenKind::close_quote ||
                  abbreviation_stop;
  if (terminal && !furniture) return;
  for (std::size_t s = sentence_index_[first]; s <= sentence_index_[last - 1]; ++s)
    sentences_[s].prose = false;
}

}  // namespace claimgraph
