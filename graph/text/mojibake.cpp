#include "graph/text/mojibake.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>

#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

/// Every UTF-8 lead byte (C2-F4) decoded as Windows-1252 or Latin-1 is a character U+00C2-U+00F4,
/// and all of those are encoded C3 xx: text without this byte holds no mojibake.
constexpr unsigned char kMisreadLead = 0xC3;

/// What Windows-1252 shows for bytes 0x80-0x9F (0 where it defines none: decoders then give
/// the Latin-1 control character, or drop the byte).
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/// The byte 0x80-0xFF that decoded as `cp` under Windows-1252 or Latin-1, or -1.
int misread_byte(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);
  if (cp < 0x152 || cp > 0x2122) return -1;  // the range of kCp1252High
  auto it = std::find(std::begin(kCp1252High), std::end(kCp1252High), cp);
  return it == std::end(kCp1252High) ? -1 : 0x80 + static_cast<int>(it - std::begin(kCp1252High));
}

/// Text from some sources is in decomposed form (NFD), so a misread lead "Ã" arrives as "A"
/// and U+0303 COMBINING TILDE (bytes CC 83): "PeÃ±a" as "PeA\u0303\u00B1a".
constexpr unsigned char kCombiningLead = 0xCC;  // U+0300-U+033F are encoded CC 80-CC BF

/// The Latin-1 letter U+00C2-U+00F4 that ASCII `base` and combining mark U+0300 + `mark`
/// compose to (grave 00, acute 01, circumflex 02, tilde 03, diaeresis 08, ring 0A, cedilla 27),
/// or 0.
char32_t composed_lead(char base, unsigned mark) {
  struct Letter {
    char base;
    unsigned char grave, acute, circumflex, tilde, diaeresis, ring, cedilla;
  };
  // The Latin-1 code point of each composition, low byte; 0 where Latin-1 has none.
  static constexpr Letter kLetters[] = {{'A', 0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0},
                                        {'C', 0, 0, 0, 0, 0, 0, 0xC7},
                                        {'E', 0xC8, 0xC9, 0xCA, 0, 0xCB, 0, 0},
                                        {'I', 0xCC, 0xCD, 0xCE, 0, 0xCF, 0, 0},
                                        {'N', 0, 0, 0, 0xD1, 0, 0, 0},
                                        {'O', 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0, 0},
                                        {'U', 0xD9, 0xDA, 0xDB, 0, 0xDC, 0, 0},
                                        {'Y', 0, 0xDD, 0, 0, 0, 0, 0},
                                        {'a', 0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0},
                                        {'c', 0, 0, 0, 0, 0, 0, 0xE7},
                                        {'e', 0xE8, 0xE9, 0xEA, 0, 0xEB, 0, 0},
                                        {'i', 0xEC, 0xED, 0xEE, 0, 0xEF, 0, 0},
                                        {'n', 0, 0, 0, 0xF1, 0, 0, 0},
                                        {'o', 0xF2, 0xF3, 0xF4, 0, 0, 0, 0}};
  for (const Letter& l : kLetters) {
    if (l.base != base) continue;
    switch (mark) {
      case 0x00:
        return l.grave;
      case 0x01:
        return l.acute;
      case 0x02:
        return l.circumflex;
      case 0x03:
        return l.tilde;
      case 0x08:
        return l.diaeresis;
      case 0x0A:
        return l.ring;
      case 0x27:
        return l.cedilla;
      default:
        return 0;
    }
  }
  return 0;
}

/// The misread lead character at byte `pos` and its length in bytes and characters: "Ã" (C3
/// 83) is one character, "A" + U+0303 two; nullopt when none starts there.
struct Lead {
  int byte = 0;             ///< the UTF-8 lead byte it was misread from, C2-F4
  std::size_t bytes = 0;    ///< its length in the text
  std::uint32_t chars = 0;  ///< its characters in the text
};
std::optional<Lead> lead_at(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size()) return {};
  auto first = static_cast<unsigned char>(text[pos]);
  auto second = static_cast<unsigned char>(text[pos + 1]);
  if (first == kMisreadLead) return Lead{second + 0x40, 2, 1};  // C3 xx encodes U+00xx+0x40
  if (second != kCombiningLead || first >= 0x80 || pos + 2 >= text.size()) return {};
  unsigned mark = static_cast<unsigned char>(text[pos + 2]) - 0x80u;
  char32_t cp = mark < 0x40 ? composed_lead(static_cast<char>(first), mark) : 0;
  if (cp == 0) return {};
  return Lead{static_cast<int>(cp), 3, 2};
}

/// Finds, in order, the places where a misread lead may start: a byte C3, or an ASCII letter
/// before a combining mark (CC xx). Each byte kind keeps its own cursor, so the text is
/// scanned once however many candidates it holds (accented text holds a C3 in every "é").
class Candidates {
 public:
  explicit Candidates(std::string_view text) : text_(text) {}

  /// The first candidate at or after byte `pos`, or the text's size.
  std::size_t next(std::size_t pos) {
    if (!searched_ || lead_ < pos) lead_ = find(kMisreadLead, pos);
    if (!searched_ || mark_ <= pos) mark_ = find(kCombiningLead, pos + 1);  // letter before it
    searched_ = true;
    return std::min(lead_, mark_ == text_.size() ? mark_ : mark_ - 1);
  }

 private:
  std::size_t find(unsigned char byte, std::size_t from) const {
    if (from >= text_.size()) return text_.size();
    const void* hit = std::memchr(text_.data() + from, byte, text_.size() - from);
    return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - text_.data())
               : text_.size();
  }

  std::string_view text_;
  std::size_t lead_ = 0;   ///< the next C3 at or after the last position asked
  std::size_t mark_ = 0;   ///< the next CC after it
  bool searched_ = false;  ///< whether the two above were searched yet
};

/// Whether `second` may follow `lead` in well-formed UTF-8: no overlong forms, no surrogates,
/// nothing past U+10FFFF.
bool valid_second(int lead, int second) {
  if (lead == 0xE0) return second >= 0xA0;
  if (lead == 0xED) return second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90;
  if (lead == 0xF4) return second <= 0x8F;
  return true;
}

/// A run of characters that spells, byte by byte, one UTF-8 sequence.
struct Run {
  std::size_t begin = 0;    ///< first byte in the text
  std::size_t end = 0;      ///< one past the last byte
  std::uint32_t chars = 0;  ///< characters in the run: the sequence's length in bytes, one
                            ///< more for a decomposed lead
  char32_t cp = 0;          ///< the character the sequence encodes
  bool sure = false;        ///< genuine text never looks like this
};

/// Whether a run is beyond doubt. A two-character run led by an accented capital or 'ß' and
/// closed by a symbol ("CAFÉ”", "Gruß“") may be genuine; a longer run, a lead 'Â' or 'Ã', a
/// control character (Latin-1's reading of 0x80-0x9F) or a neighbouring run is not.
bool beyond_doubt(int lead, bool control) {
  return lead >= 0xE0 || lead == 0xC2 || lead == 0xC3 || control;
}

/// The run at byte `pos` of `text`, if one starts there.
std::optional<Run> run_at(std::string_view text, std::size_t pos) {
  std::optional<Lead> found = lead_at(text, pos);
  if (!found) return {};
  int lead = found->byte;
  if (lead < 0xC2 || lead > 0xF4) return {};
  std::uint32_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  Run run{pos, pos + found->bytes, length + found->chars - 1,
          static_cast<char32_t>(lead & (0x7F >> length)), false};
  bool control = false;
  for (std::uint32_t k = 1; k < length; ++k) {  // the continuation bytes, one per character
    if (run.end >= text.size()) return {};
    Decoded d = decode_utf8(text, run.end);
    int byte = misread_byte(d.cp);
    if (byte < 0x80 || byte > 0xBF || (k == 1 && !valid_second(lead, byte))) return {};
    control = control || d.cp <= 0x9F;
    run.cp = (run.cp << 6) | static_cast<char32_t>(byte & 0x3F);
    run.end += d.length;
  }
  run.sure = beyond_doubt(lead, control);
  return run;
}

/// Calls `each` with every run of `text`, in order.
template <typename F>
void for_each_run(std::string_view text, F each) {
  std::size_t previous_end = std::string_view::npos;
  Candidates candidates(text);
  for (std::size_t pos = 0; pos < text.size();) {
    pos = candidates.next(pos);
    if (pos >= text.size()) return;
    std::optional<Run> run = run_at(text, pos);
    if (!run) {
      ++pos;
      continue;
    }
    run->sure = run->sure || pos == previous_end || run_at(text, run->end);
    each(*run);
    previous_end = pos = run->end;
  }
}

/// One pass of repair over `text` into `out`, recording offsets; false when it is clean.
bool repair_pass(std::string_view text, RepairedText& into, std::string& out) {
  if (count_mojibake(text) == 0) return false;
  out.clear();
  out.reserve(text.size());
  into.offsets.next_pass();
  std::size_t copied = 0;
  std::uint32_t chars = 0;
  for_each_run(text, [&](const Run& run) {
    std::string_view gap = text.substr(copied, run.begin - copied);
    out += gap;
    chars += static_cast<std::uint32_t>(count_code_points(gap));
    append_utf8(out, run.cp);
    into.offsets.add(chars++, run.chars);
    ++into.places;
    copied = run.end;
  });
  out += text.substr(copied);
  return true;
}

}  // namespace

std::uint32_t RepairOffsets::to_original(std::uint32_t offset) const {
  for (auto pass = passes_.rbegin(); pass != passes_.rend(); ++pass) {
    auto after = std::upper_bound(pass->begin(), pass->end(), offset,
                                  [](std::uint32_t o, const Mark& m) { return o < m.after; });
    if (after != pass->begin()) offset += std::prev(after)->shift;
  }
  return offset;
}

void RepairOffsets::add(std::uint32_t offset, std::uint32_t length) {
  std::vector<Mark>& marks = passes_.back();
  std::uint32_t shift = (marks.empty() ? 0 : marks.back().shift) + length - 1;
  marks.push_back({offset + 1, shift});
}

std::size_t count_mojibake(std::string_view text) {
  std::size_t sure = 0, doubtful = 0;
  for_each_run(text, [&](const Run& run) { ++(run.sure ? sure : doubtful); });
  // A doubtful run is repaired only beside certain ones: the text is then known to be misread.
  return sure ? sure + doubtful : 0;
}

RepairedText repair_mojibake(std::string_view text) {
  RepairedText repaired;
  if (!repair_pass(text, repaired, repaired.text)) return repaired;
  // Text misread twice reads "Ã¢â‚¬â„¢" for "’": the first pass leaves "â€™".
  std::string again;
  if (repair_pass(repaired.text, repaired, again)) repaired.text = std::move(again);
  return repaired;
}

}  // namespace claimgraph
