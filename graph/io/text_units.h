#pragma once
// UTF-8 as the writers see it, one unit at a time: the valid sequence at a position (an invalid
// byte is a unit of its own, to replace or escape) and the code points that are no text.

#include <cstddef>
#include <string_view>

namespace claimgraph {

/// The length of the valid UTF-8 sequence at byte `pos` of `text`, or 0 when the bytes there
/// are not one.
std::size_t valid_sequence_length(std::string_view text, std::size_t pos);

/// True for Unicode's noncharacters (U+FDD0..U+FDEF and U+xxFFFE, U+xxFFFF in every plane);
/// XML forbids U+FFFE and U+FFFF, and none of them is text.
bool is_noncharacter(char32_t cp);

}  // namespace claimgraph
