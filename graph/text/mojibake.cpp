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
  std::uint32_t chars = 0;  ///< characters in the run: the sequence's length in bytes
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
  if (pos + 1 >= text.size() || static_cast<unsigned char>(text[pos]) != kMisreadLead) return {};
  int lead = static_cast<unsigned char>(text[pos + 1]) + 0x40;  // C3 xx encodes U+00xx+0x40
  if (lead < 0xC2 || lead > 0xF4) return {};
  std::uint32_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  Run run{pos, pos + 2, length, static_cast<char32_t>(lead & (0x7F >> length)), false};
  bool control = false;
  for (std::uint32_t k = 1; k < length; ++k) {
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
  for (std::size_t pos = 0; pos < text.size();) {
    const void* hit = std::memchr(text.data() + pos, kMisreadLead, text.size() - pos);
    if (!hit) return;
    pos = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
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
