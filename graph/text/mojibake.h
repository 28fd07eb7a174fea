#pragma once
// Repair of mojibake: UTF-8 that was decoded as Windows-1252 or Latin-1 somewhere upstream, so
// that "’" (bytes E2 80 99) reads "â€™" and "é" (C3 A9) reads "Ã©". Each such run of characters
// is mapped back to the bytes it came from and, when those bytes are one valid UTF-8 sequence,
// replaced by the character they encode. Genuine text ("naïve", "café", a lone "Ã") never forms
// such a sequence and is left alone.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// Maps code-point offsets in repaired text back to offsets in the text as read, so spans found
/// in the repaired text index the input (the output contract's offsets are into the input).
class RepairOffsets {
 public:
  /// The offset in the text as read of code point `offset` of the repaired text; an end offset
  /// maps past the whole run a repaired character replaced.
  std::uint32_t to_original(std::uint32_t offset) const;

  /// Records that the repaired character at `offset` replaced `length` characters; calls come
  /// in text order, after next_pass().
  void add(std::uint32_t offset, std::uint32_t length);

  /// Starts the map of a pass of repair (over the text the previous passes made).
  void next_pass() { passes_.emplace_back(); }

 private:
  /// From code point `after` on, offsets of one pass shift by `shift` (run lengths minus one).
  struct Mark {
    std::uint32_t after = 0;
    std::uint32_t shift = 0;
  };
  std::vector<std::vector<Mark>> passes_;  ///< one per pass that repaired anything
};

/// Text with its mojibake repaired.
struct RepairedText {
  std::string text;        ///< the repaired text; empty when nothing was repaired
  std::size_t places = 0;  ///< characters substituted, over all passes
  RepairOffsets offsets;   ///< repaired offsets back to the input's
};

/// The number of places repair_mojibake would repair in one pass over valid UTF-8 `text` (0: the
/// text is clean). Allocates nothing; most texts hold no byte C3 or CC and return after two
/// memchr calls.
std::size_t count_mojibake(std::string_view text);

/// Repairs the mojibake in valid UTF-8 `text`; text encoded twice over ("Ã¢â‚¬â„¢") is repaired
/// by a second pass. Returns `places == 0` and an empty text, with no allocation, when clean.
RepairedText repair_mojibake(std::string_view text);

}  // namespace claimgraph
