#pragma once
// UTF-8 decoding and validation. Offsets in claimgraph's output are code points, so every
// stage that reports a position goes through these helpers.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// One decoded code point and the number of bytes it took.
struct Decoded {
  char32_t cp = 0;
  std::size_t length = 0;
};

/// Decodes the code point at byte `pos` of valid UTF-8 `s` (callers validate first).
Decoded decode_utf8(std::string_view s, std::size_t pos);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Returns the byte offset of the first invalid sequence in `s`, or nothing when `s` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// The code points of valid UTF-8 `s` (for code-point slicing in scoring and tests).
std::u32string to_code_points(std::string_view s);

/// UTF-8 of code points [start, end) of `cps`.
std::string code_point_slice(std::u32string_view cps, std::size_t start, std::size_t end);

/// Splits `s` at every `sep`, keeping empty fields.
std::vector<std::string_view> split_fields(std::string_view s, char sep);

/// Number of code points in valid UTF-8 `s`.
std::size_t count_code_points(std::string_view s);

/// Heuristic used to refuse binary files: a NUL byte anywhere in the data.
bool looks_binary(std::string_view s);

/// Lower-cases valid UTF-8 text, code point by code point.
std::string to_lower_utf8(std::string_view s);

/// True when the code point is an upper-case letter (any script).
bool is_upper_cp(char32_t cp);

/// True when the code point is a letter (any script).
bool is_letter_cp(char32_t cp);

}  // namespace claimgraph
