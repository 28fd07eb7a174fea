#pragma once
// Multi-token phrase look-up over a Document: the lexicons' core data structure.

#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/extract/hash_set.h"
#include "graph/text/document.h"
#include "graph/text/hash.h"

namespace claimgraph {

/// A phrase match: how many tokens it covers and the value stored for it.
template <typename T>
struct PhraseMatch {
  std::size_t length = 0;
  const T* value = nullptr;
  explicit operator bool() const { return value != nullptr; }
};

/// Maps token sequences (compared in lower case) to values; longest match wins.
template <typename T>
class PhraseTable {
 public:
  PhraseTable() = default;
  /// For tests: a table whose sequence-hash filters keep only the bits of `filter_mask` (0:
  /// every phrase collides with every other), to show that they only ever rule matches out.
  explicit PhraseTable(std::uint64_t filter_mask) : filter_mask_(filter_mask) {}

  /// Adds `phrase`; `case_sensitive` makes capitalised words in it match only capitalised words.
  /// Returns false when the phrase was already present (the first value is kept).
  bool insert(std::string_view phrase, T value, bool case_sensitive);

  /// Longest phrase starting at token `i` of `doc`, not extending past token `limit`.
  PhraseMatch<T> match(const Document& doc, std::size_t i, std::size_t limit) const;

  /// Value stored for exactly this lower-case phrase, or null.
  const T* find(std::string_view phrase) const;

  /// find for a phrase of one token given as Document writes it (lower case, as one token
  /// of a text would be): no Document is built to tokenise it.
  const T* find_word(std::string_view lower_word) const;

  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    T value;
    std::uint32_t caps_mask = 0;  // bit k: token k must be capitalised in the text
  };
  static constexpr char kSep = Document::kWordSeparator;
  /// Hashes keys and the string views a look-up builds, without copying them into strings.
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return word_hash(s); }
  };
  std::unordered_map<std::string, Entry, KeyHash, std::equal_to<>> entries_;
  /// What a first token (by its hash) begins: the longest phrase's length, and the one-token
  /// phrase it is, if any. A hash collision only costs a wasted look-up: keys are compared.
  struct First {
    std::uint8_t longest = 0;
    /// Two one-token phrases share this hash: single holds one of them, so look both up.
    bool single_shared = false;
    const std::pair<const std::string, Entry>* single = nullptr;
  };
  /// first_'s slots: open addressing on the (well-mixed) token hash, half empty at most, so a
  /// look-up is a probe or two without a division.
  struct FirstSlot {
    std::size_t hash = 0;
    bool used = false;
    First first;
  };
  std::vector<FirstSlot> first_ = std::vector<FirstSlot>(64);
  std::size_t first_count_ = 0;
  /// match past its first test: the look-up proper, kept out of line so that the test (which
  /// rules out most tokens) inlines into callers without this function's entry and exit costs.
  [[gnu::noinline]] PhraseMatch<T> match_from(const Document& doc, std::size_t i,
                                              std::size_t limit) const;
  /// The slot index of first-token hash `h`: its own, or the empty one where it would go.
  std::size_t slot_of(std::size_t h) const;
  /// The entry for first-token hash `h`, added when missing.
  First& first_entry(std::size_t h);
  /// Bits set for the first tokens' hashes: most tokens start no phrase, and this says so
  /// without a hash-map probe.
  std::bitset<1u << 16> may_start_;
  /// The match of `len` tokens from `i` at entry `it`, when the entry's capitals agree.
  template <typename It>
  PhraseMatch<T> checked(It it, const Document& doc, std::size_t i, std::size_t len) const;
  /// The sequence hash of a token run `h` followed by a token of word hash `token_hash`:
  /// built from the hashes Document keeps, a match hashes no text while it grows.
  static std::uint64_t extend(std::uint64_t h, std::uint64_t token_hash);
  /// The sequence hashes of every proper prefix (two tokens or more) of a phrase: a match stops
  /// growing as soon as its tokens are no phrase's beginning. A colliding hash only lets a
  /// match try a longer key, which entries_ then refuses.
  HashSet prefixes_;
  /// The sequence hashes of every phrase of two tokens or more: a match looks up only the keys
  /// whose hash is here (a colliding hash costs one look-up that entries_ refuses).
  HashSet phrases_;
  /// The bits of a sequence hash the filters keep (all but in tests).
  std::uint64_t filter_mask_ = ~std::uint64_t{0};
};

/// Splits a phrase into the lower-case token forms Document uses, with each token's capital flag.
std::vector<std::pair<std::string, bool>> phrase_tokens(std::string_view phrase);

template <typename T>
bool PhraseTable<T>::insert(std::string_view phrase, T value, bool case_sensitive) {
  auto toks = phrase_tokens(phrase);
  if (toks.empty() || toks.size() > 32) return false;
  std::string key;
  std::uint32_t mask = 0;
  std::uint64_t h = 0;  // the sequence hash of toks[0..k]
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (k) key += kSep;
    key += toks[k].first;
    if (case_sensitive && toks[k].second) mask |= 1u << k;
    h = k ? extend(h, word_hash(toks[k].first)) : word_hash(toks[k].first);
    if (k >= 1 && k + 1 < toks.size()) prefixes_.insert(h & filter_mask_);
  }
  if (toks.size() >= 2) phrases_.insert(h & filter_mask_);
  auto [it, added] = entries_.try_emplace(std::move(key), Entry{std::move(value), mask});
  if (!added) return false;
  h = word_hash(toks[0].first);
  may_start_.set(h & 0xFFFF);
  First& first = first_entry(h);
  first.longest = std::max<std::uint8_t>(first.longest, static_cast<std::uint8_t>(toks.size()));
  if (toks.size() == 1) {
    first.single_shared = first.single != nullptr;
    first.single = &*it;
  }
  return true;
}

template <typename T>
PhraseMatch<T> PhraseTable<T>::match(const Document& doc, std::size_t i, std::size_t limit) const {
  if (i >= limit || !may_start_.test(doc.lower_hash(i) & 0xFFFF)) return {};
  return match_from(doc, i, limit);
}

template <typename T>
PhraseMatch<T> PhraseTable<T>::match_from(const Document& doc, std::size_t i,
                                          std::size_t limit) const {
  const FirstSlot& first = first_[slot_of(doc.lower_hash(i))];
  if (!first.used) return {};
  std::size_t max_len = std::min<std::size_t>(first.first.longest, limit - i);
  if (max_len == 1) {
    const auto* single = first.first.single;
    if (!single || single->first != doc.lower(i)) return {};
    return checked(single, doc, i, 1);
  }
  // Grow only while the tokens so far begin some phrase longer than them, noting the lengths
  // (bit k: k tokens) that may be a phrase.
  std::uint64_t lengths = 0;
  std::uint64_t h = doc.lower_hash(i);
  for (std::size_t len = 2; len <= max_len; ++len) {
    h = extend(h, doc.lower_hash(i + len - 1));
    if (phrases_.count(h & filter_mask_)) lengths |= std::uint64_t{1} << len;
    if (!prefixes_.count(h & filter_mask_)) break;
  }
  // The document keeps its words joined by the phrase separator, so keys are views into it.
  while (lengths) {
    std::size_t len = 63 - std::countl_zero(lengths);
    lengths &= ~(std::uint64_t{1} << len);
    auto m = checked(entries_.find(doc.lower_words(i, i + len)), doc, i, len);
    if (m) return m;
  }
  // The one-token phrase with this first hash is `single`, unless two share the hash.
  if (first.first.single_shared) return checked(entries_.find(doc.lower(i)), doc, i, 1);
  const auto* single = first.first.single;
  if (!single || single->first != doc.lower(i)) return {};
  return checked(single, doc, i, 1);
}

template <typename T>
std::uint64_t PhraseTable<T>::extend(std::uint64_t h, std::uint64_t token_hash) {
  // Order matters ("new york" is not "york new"): multiply before adding, then mix (a
  // SplitMix64 finaliser) so that HashSet's low bits are well spread.
  h = h * 0x9E3779B97F4A7C15ull + token_hash;
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
  return h ^ (h >> 31);
}

template <typename T>
std::size_t PhraseTable<T>::slot_of(std::size_t h) const {
  std::size_t mask = first_.size() - 1;
  std::size_t k = h & mask;
  while (first_[k].used && first_[k].hash != h) k = (k + 1) & mask;
  return k;
}

template <typename T>
typename PhraseTable<T>::First& PhraseTable<T>::first_entry(std::size_t h) {
  if (2 * (first_count_ + 1) > first_.size()) {
    std::vector<FirstSlot> old(first_.size() * 2);
    old.swap(first_);
    for (const auto& slot : old)
      if (slot.used) first_[slot_of(slot.hash)] = slot;
  }
  FirstSlot& slot = first_[slot_of(h)];
  if (!slot.used) {
    slot.used = true;
    slot.hash = h;
    ++first_count_;
  }
  return slot.first;
}

template <typename T>
template <typename It>
PhraseMatch<T> PhraseTable<T>::checked(It it, const Document& doc, std::size_t i,
                                       std::size_t len) const {
  if constexpr (!std::is_pointer_v<It>) {
    if (it == entries_.end()) return {};
  }
  for (std::size_t k = 0; k < len; ++k)
    if (((it->second.caps_mask >> k) & 1u) && !doc.token(i + k).capitalized) return {};
  return {len, &it->second.value};
}

template <typename T>
const T* PhraseTable<T>::find(std::string_view phrase) const {
  auto toks = phrase_tokens(phrase);
  std::string key;
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (k) key += kSep;
    key += toks[k].first;
  }
  auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : &it->second.value;
}

template <typename T>
const T* PhraseTable<T>::find_word(std::string_view lower_word) const {
  std::size_t h = word_hash(lower_word);
  if (!may_start_.test(h & 0xFFFF)) return nullptr;
  const FirstSlot& first = first_[slot_of(h)];
  if (!first.used) return nullptr;
  if (first.first.single_shared) {
    auto it = entries_.find(lower_word);
    return it == entries_.end() ? nullptr : &it->second.value;
  }
  const auto* single = first.first.single;
  return single && single->first == lower_word ? &single->second.value : nullptr;
}

}  // namespace claimgraph
