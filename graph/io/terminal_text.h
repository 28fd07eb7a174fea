#pragma once
// Text from articles and stores made safe to print on a terminal: an entity name holding an
// escape sequence or a newline must not recolour the screen or forge another output line.

#include <string>
#include <string_view>

namespace claimgraph {

/// `text` with control characters (C0, DEL, C1), bytes of invalid UTF-8 and the backslash
/// written as escapes (\n, \t, \\, \x1b, \u0085), so what is printed is one visible line that
/// reads back unambiguously.
std::string terminal_safe(std::string_view text);

}  // namespace claimgraph
