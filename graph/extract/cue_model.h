#pragma once
// A learned attribution-cue detector: a logistic model over hashed token features, trained on
// PolNeAR train by scripts/train-cue-model.sh and shipped as data/lexicons/cue_model.txt. The
// feature code here is shared by the trainer and by extraction.

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "graph/text/document.h"

namespace claimgraph {

/// What the lexicon says of the words starting at a token.
enum class LexiconVerdict : std::uint8_t { none, verb, prep, noun };

class WordTraits;

/// The cue model's view of one document: token features from its words (Document::lower_hash),
/// the names and quotations found in it, and the closed-class words.
class CueFeatures {
 public:
  /// Most features a token has.
  static constexpr std::size_t kMaxFeatures = 40;
  /// Hashed feature indices of one token, unmasked.
  using Ids = std::array<std::uint32_t, kMaxFeatures>;

  /// `mention_at` and `quote_at` map each token to the mention or quote covering it, or -1.
  CueFeatures(const Document& doc, const std::vector<int>& mention_at,
              const std::vector<int>& quote_at);

  /// True when token `i` is worth scoring: a lower-case word (or a sentence's first) outside
  /// names and quotations, and no function word.
  bool candidate(std::uint32_t i, const Sentence& sent) const;

  /// The word-identity feature of token `i`: the model's gate reads its weight alone.
  std::uint32_t word_feature(std::uint32_t i) const;

  /// Writes the features of candidate token `i` of sentence `sent` into `out`; returns how many.
  std::size_t extract(std::uint32_t i, const Sentence& sent, LexiconVerdict lexicon,
                      Ids& out) const;

 private:
  /// Per-token trait bits.
  enum : std::uint8_t { kNamesSomeone = 1, kQuoted = 2, kThatWord = 4, kFunctionWord = 8 };
  /// The word hash of token `i`, or a boundary marker outside the sentence.
  std::uint32_t word(std::int64_t i, const Sentence& sent) const;
  /// The shape code of token `i` (lower, capital, name, pronoun, comma, quote, ...).
  std::uint32_t shape(std::int64_t i, const Sentence& sent) const;
  /// The trait bits of token `i`.
  std::uint8_t traits(std::uint32_t i) const;
  /// Whether a name, quotation or "that" lies just before or after token `i`, as bits.
  std::uint32_t context_flags(std::uint32_t i, const Sentence& sent) const;

  const Document& doc_;
  const std::vector<int>& mention_at_;
  const std::vector<int>& quote_at_;
  const WordTraits& known_;  // trait bits of the closed-class words
};

/// The weights of the cue model and the thresholds extraction applies to its scores.
class CueModel {
 public:
  /// log2 of the weight table size.
  static constexpr unsigned kBits = 18;

  /// Parses the text format; throws std::runtime_error naming `file` and the line.
  static CueModel parse(std::string_view text, std::string_view file);

  /// True when no weights were loaded: extraction then relies on the lexicon alone.
  bool empty() const { return weights_.empty(); }

  /// Log-odds that the token whose features are `ids[0..n)` is part of a cue.
  float score(const CueFeatures::Ids& ids, std::size_t n) const;

  /// A word outside the lexicon scoring above this becomes a cue candidate.
  float add_threshold = 0;
  /// A lexicon cue scoring below this is ignored.
  float drop_threshold = -1e9f;
  /// Words outside the lexicon whose own weight is below this are not scored at all: they
  /// (almost) never reach add_threshold, and skipping them keeps extraction fast.
  float gate = -1e9f;

  /// True when the word with feature `word_feature` is worth a full score.
  bool passes_gate(std::uint32_t word_feature) const;

  /// Builds a model from dense weights (the trainer's); `weights` has 2^kBits entries.
  static CueModel from_weights(const std::vector<float>& weights, float bias);

 private:
  /// Weights are kept as multiples of 1/kScale in 16 bits: half the cache a float table takes.
  static constexpr float kScale = 4096.0f;
  /// Stores `weight` at `slot`, rounded to 16 bits.
  void set(std::uint32_t slot, float weight);

  std::vector<std::int16_t> weights_;
  float bias_ = 0;
};

/// The weight-table slot of feature `id`.
inline std::uint32_t cue_slot(std::uint32_t id) { return id & ((1u << CueModel::kBits) - 1); }

inline bool CueModel::passes_gate(std::uint32_t word_feature) const {
  return weights_[cue_slot(word_feature)] >= gate * kScale;
}

}  // namespace claimgraph
