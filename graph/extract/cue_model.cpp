#include "graph/extract/cue_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string>

#include "graph/text/hash.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

/// A word's hash in 32 bits, as the features use it.
std::uint32_t hash32(std::uint64_t h) { return static_cast<std::uint32_t>(h ^ (h >> 32)); }

/// The feature hash of a word.
std::uint32_t word_hash32(std::string_view s) { return hash32(word_hash(s)); }

/// Combines two hashes into a well-mixed third (a feature's template and value).
std::uint32_t mix(std::uint32_t a, std::uint32_t b) {
  std::uint32_t h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));
  h ^= h >> 15;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  return h ^ (h >> 16);
}

/// Closed-class words: never cue heads, so never scored.
constexpr std::string_view kFunctionWords[] = {
    "a",       "an",    "the",    "and",  "or",    "but",   "nor",   "of",    "to",     "in",
    "on",      "at",    "for",    "with", "from",  "by",    "about", "into",  "over",   "under",
    "as",      "than",  "that",   "this", "these", "those", "which", "who",   "whom",   "whose",
    "what",    "when",  "where",  "why",  "how",   "if",    "it",    "its",   "he",     "she",
    "they",    "we",    "i",      "you",  "him",   "her",   "them",  "us",    "me",     "his",
    "their",   "our",   "my",     "your", "is",    "was",   "were",  "are",   "be",     "been",
    "being",   "has",   "have",   "had",  "do",    "does",  "did",   "will",  "would",  "can",
    "could",   "shall", "should", "may",  "might", "must",  "not",   "n't",   "'s",     "so",
    "there",   "here",  "also",   "then", "now",   "just",  "only",  "very",  "too",    "all",
    "some",    "any",   "no",     "more", "most",  "such",  "other", "after", "before", "while",
    "because", "since", "until",  "up",   "out",   "off",   "s",     "t",     "mr.",    "mrs.",
    "ms.",     "dr."};

/// Pronouns that name a speaker: a cue often follows one.
constexpr std::string_view kPronouns[] = {"he", "she", "they", "i", "we", "who", "you"};

/// The hash of the last `n` bytes of a word (the whole word when shorter).
std::uint32_t suffix(std::string_view w, std::size_t n) {
  return word_hash32(w.size() > n ? w.substr(w.size() - n) : w) + static_cast<std::uint32_t>(n);
}

/// Buckets a word's position in its sentence: 0, 1, 2, 3, 4-6, 7-10, more.
std::uint32_t position_bucket(std::uint32_t k) {
  if (k < 4) return k;
  return k < 7 ? 4 : k < 11 ? 5 : 6;
}

/// Shape codes of tokens.
enum Shape : std::uint32_t {
  kOutside = 1,
  kLower,
  kCapital,
  kUpper,
  kNumber,
  kComma,
  kPeriod,
  kColon,
  kPunct,
  kOpenQuote,
  kCloseQuote,
  kDash,
  kSymbol,
  kName,
  kPronoun
};

/// A template id per feature kind (kept stable: the shipped weights depend on them).
enum Template : std::uint32_t {
  kWord = 101,
  kSuffix3,
  kSuffix2,
  kShape,
  kPrev,
  kNext,
  kPrev2,
  kNext2,
  kPrevWord,
  kWordNext,
  kShapesAround,
  kShapesBefore,
  kShapesAfter,
  kFlags,
  kWordFlags,
  kSuffixFlags,
  kLexicon,
  kLexiconFlags,
  kPosition,
  kWordPrevShape,
  kWordNextShape,
  kSuffixPrevShape,
  kSuffixNextShape,
  kPositionPrevShape
};

/// Throws the one-line error naming the model file and line.
[[noreturn]] void fail(std::string_view file, std::size_t line, const std::string& what) {
  throw std::runtime_error("lexicon " + std::string(file) + " line " + std::to_string(line) + ": " +
                           what);
}

/// A number field of line `line`, or the error saying it is none.
template <typename T>
T parse_number(std::string_view s, std::string_view file, std::size_t line) {
  T v{};
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size())
    fail(file, line, "not a number: '" + std::string(s) + "'");
  return v;
}

}  // namespace

/// Trait bits of the closed-class words, by word hash: a collision-free table (its multiplier
/// is searched for once), so a token's look-up is one load and one compare, without branches.
class WordTraits {
 public:
  static constexpr std::uint8_t kFunction = 1, kPronoun = 2, kThat = 4;

  WordTraits() {
    std::vector<std::pair<std::uint32_t, std::uint8_t>> words;
    for (auto w : kFunctionWords) words.emplace_back(word_hash32(w), kFunction);
    for (auto w : kPronouns) words.emplace_back(word_hash32(w), kPronoun);
    words.emplace_back(word_hash32("that"), kThat);
    for (multiplier_ = 0x9E3779B1u; !fill(words); multiplier_ += 2) {
    }
  }

  /// The traits of the word with hash `h` (none for an open-class word).
  std::uint8_t of(std::uint32_t h) const {
    std::uint32_t s = slot(h);
    return hashes_[s] == h ? traits_[s] : 0;
  }

 private:
  static constexpr unsigned kSlotBits = 11;
  /// The slot of hash `h` under the current multiplier.
  std::uint32_t slot(std::uint32_t h) const { return (h * multiplier_) >> (32 - kSlotBits); }

  /// Places every word; false when two different words share a slot.
  bool fill(const std::vector<std::pair<std::uint32_t, std::uint8_t>>& words) {
    hashes_.fill(0);
    traits_.fill(0);
    for (auto [h, t] : words) {
      std::uint32_t s = slot(h);
      if (traits_[s] != 0 && hashes_[s] != h) return false;
      hashes_[s] = h;
      traits_[s] |= t;
    }
    return true;
  }

  std::uint32_t multiplier_ = 0;
  std::array<std::uint32_t, 1u << kSlotBits> hashes_{};
  std::array<std::uint8_t, 1u << kSlotBits> traits_{};
};

namespace {

/// The one table of closed-class words, built on first use.
const WordTraits& word_traits() {
  static const WordTraits traits;
  return traits;
}

}  // namespace

CueFeatures::CueFeatures(const Document& doc, const std::vector<int>& mention_at,
                         const std::vector<int>& quote_at)
    : doc_(doc), mention_at_(mention_at), quote_at_(quote_at), known_(word_traits()) {}

std::uint8_t CueFeatures::traits(std::uint32_t i) const {
  std::uint8_t t = known_.of(hash32(doc_.lower_hash(i)));
  return static_cast<std::uint8_t>(
      (mention_at_[i] >= 0 || (t & WordTraits::kPronoun) ? kNamesSomeone : 0) |
      (quote_at_[i] >= 0 ? kQuoted : 0) | (t & WordTraits::kThat ? kThatWord : 0) |
      (t & WordTraits::kFunction ? kFunctionWord : 0));
}

bool CueFeatures::candidate(std::uint32_t i, const Sentence& sent) const {
  if (!doc_.is_word(i) || mention_at_[i] >= 0 || quote_at_[i] >= 0) return false;
  std::string_view w = doc_.lower(i);
  if (w.size() < 2 || !(w[0] >= 'a' && w[0] <= 'z')) return false;
  if (doc_.token(i).capitalized && i != doc_.first_word(sent)) return false;
  return !(known_.of(hash32(doc_.lower_hash(i))) & WordTraits::kFunction);
}

std::uint32_t CueFeatures::word(std::int64_t i, const Sentence& sent) const {
  if (i < static_cast<std::int64_t>(sent.first) || i >= static_cast<std::int64_t>(sent.last))
    return 7;
  return hash32(doc_.lower_hash(i));
}

std::uint32_t CueFeatures::shape(std::int64_t i, const Sentence& sent) const {
  if (i < static_cast<std::int64_t>(sent.first) || i >= static_cast<std::int64_t>(sent.last))
    return kOutside;
  const Token& t = doc_.token(i);
  switch (t.kind) {
    case TokenKind::open_quote:
      return kOpenQuote;
    case TokenKind::close_quote:
      return kCloseQuote;
    case TokenKind::dash:
      return kDash;
    case TokenKind::symbol:
      return kSymbol;
    case TokenKind::punct: {
      char c = doc_.lower(i)[0];
      return c == ',' ? kComma : c == '.' ? kPeriod : c == ':' ? kColon : kPunct;
    }
    case TokenKind::word:
      break;
  }
  if (mention_at_[i] >= 0) return kName;
  if (known_.of(hash32(doc_.lower_hash(i))) & WordTraits::kPronoun) return kPronoun;
  std::string_view w = doc_.lower(i);
  if (w[0] >= '0' && w[0] <= '9') return kNumber;
  if (!t.capitalized) return kLower;
  std::string_view s = doc_.surface(i);
  return s.size() > 1 && s[1] >= 'A' && s[1] <= 'Z' ? kUpper : kCapital;
}

std::uint32_t CueFeatures::context_flags(std::uint32_t i, const Sentence& sent) const {
  std::uint32_t flags = 0;
  for (std::uint32_t k = std::max(i >= 3 ? i - 3 : 0, sent.first); k < i; ++k) {
    std::uint8_t t = traits(k);
    flags |= (t & kNamesSomeone ? 1u : 0u) | (t & kQuoted ? 4u : 0u);
  }
  for (std::uint32_t k = i + 1; k < std::min(i + 5, sent.last); ++k) {
    std::uint8_t t = traits(k);
    bool near = k < i + 4;
    flags |= (near && (t & kNamesSomeone) ? 2u : 0u) | (t & kQuoted ? 8u : 0u) |
             (near && (t & kThatWord) ? 16u : 0u);
  }
  return flags;
}

std::uint32_t CueFeatures::word_feature(std::uint32_t i) const {
  return mix(kWord, hash32(doc_.lower_hash(i)));
}

std::size_t CueFeatures::extract(std::uint32_t i, const Sentence& sent, LexiconVerdict lexicon,
                                 Ids& out) const {
  std::size_t n = 0;
  auto add = [&](Template t, std::uint32_t v) { out[n++] = mix(t, v); };
  std::string_view w = doc_.lower(i);
  const std::int64_t at = i;
  std::uint32_t w0 = hash32(doc_.lower_hash(i)), suf3 = suffix(w, 3);
  std::uint32_t prev = word(at - 1, sent), next = word(at + 1, sent);
  std::uint32_t sh_prev = shape(at - 1, sent), sh_next = shape(at + 1, sent);
  std::uint32_t first = i > sent.first ? 0 : 32;
  std::uint32_t flags = context_flags(i, sent);
  std::uint32_t position = position_bucket(i - sent.first);
  auto verdict = static_cast<std::uint32_t>(lexicon);
  out[n++] = word_feature(i);
  add(kSuffix3, suf3);
  add(kSuffix2, suffix(w, 2));
  add(kShape, shape(at, sent) | first);
  add(kPrev, prev);
  add(kNext, next);
  add(kPrev2, word(at - 2, sent));
  add(kNext2, word(at + 2, sent));
  add(kPrevWord, mix(prev, w0));
  add(kWordNext, mix(w0, next));
  add(kShapesAround, sh_prev * 64 + sh_next);
  add(kShapesBefore, shape(at - 2, sent) * 64 + sh_prev);
  add(kShapesAfter, sh_next * 64 + shape(at + 2, sent));
  add(kFlags, flags);
  add(kWordFlags, mix(w0, flags));
  add(kSuffixFlags, mix(suf3, flags));
  add(kLexicon, verdict);
  add(kLexiconFlags, verdict * 64 + flags);
  add(kPosition, position);
  add(kWordPrevShape, mix(w0, sh_prev));
  add(kWordNextShape, mix(w0, sh_next));
  add(kSuffixPrevShape, mix(suf3, sh_prev));
  add(kSuffixNextShape, mix(suf3, sh_next));
  add(kPositionPrevShape, position * 64 + sh_prev);
  return n;
}

CueModel CueModel::parse(std::string_view text, std::string_view file) {
  CueModel model;
  model.weights_.assign(std::size_t{1} << kBits, 0);
  std::size_t line_no = 0;
  bool saw_bits = false;
  for (std::string_view line : split_fields(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto f = split_fields(line, ' ');
    if (!saw_bits && f[0] != "bits") fail(file, line_no, "expected 'bits N' first");
    if (f[0] == "bits" && f.size() == 2) {
      if (parse_number<unsigned>(f[1], file, line_no) != kBits)
        fail(file, line_no,
             "the model has " + std::string(f[1]) + " bits, the code expects " +
                 std::to_string(kBits));
      saw_bits = true;
    } else if (f[0] == "bias" && f.size() == 2) {
      model.bias_ = parse_number<float>(f[1], file, line_no);
    } else if (f[0] == "add" && f.size() == 2) {
      model.add_threshold = parse_number<float>(f[1], file, line_no);
    } else if (f[0] == "gate" && f.size() == 2) {
      model.gate = parse_number<float>(f[1], file, line_no);
    } else if (f[0] == "drop" && f.size() == 2) {
      model.drop_threshold = parse_number<float>(f[1], file, line_no);
    } else if (f[0] == "w" && f.size() == 3) {
      auto slot = parse_number<std::uint32_t>(f[1], file, line_no);
      if (slot >= model.weights_.size()) fail(file, line_no, "weight slot out of range");
      float w = parse_number<float>(f[2], file, line_no);
      if (!(std::fabs(w) < 32767 / kScale)) fail(file, line_no, "weight out of range");
      model.set(slot, w);
    } else {
      fail(file, line_no,
           "expected 'bits N', 'bias X', 'add X', 'drop X', 'gate X' or 'w SLOT X', got '" +
               std::string(line.substr(0, 40)) + "'");
    }
  }
  if (!saw_bits) fail(file, line_no, "no 'bits N' line");
  return model;
}

CueModel CueModel::from_weights(const std::vector<float>& weights, float bias) {
  if (weights.size() != (std::size_t{1} << kBits))
    throw std::invalid_argument("cue model: wrong weight table size");
  CueModel model;
  model.weights_.assign(weights.size(), 0);
  for (std::uint32_t s = 0; s < weights.size(); ++s)
    model.set(s, std::clamp(weights[s], -32767 / kScale, 32767 / kScale));
  model.bias_ = bias;
  return model;
}

void CueModel::set(std::uint32_t slot, float weight) {
  weights_[slot] = static_cast<std::int16_t>(std::lround(weight * kScale));
}

float CueModel::score(const CueFeatures::Ids& ids, std::size_t n) const {
  std::int32_t sum = 0;
  for (std::size_t k = 0; k < n; ++k) sum += weights_[cue_slot(ids[k])];
  return bias_ + static_cast<float>(sum) / kScale;
}

}  // namespace claimgraph
