#pragma once
// Text from articles made safe for a Graphviz label or tooltip, so that the SVG written from it
// is well-formed XML and the DOT reads back the same, whatever the text holds: character
// references ("&#1;", "&#xD800;", which Graphviz would decode into bytes XML forbids), control
// characters, noncharacters (U+FFFF), invalid UTF-8, and escString sequences ("\N").

#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph {

/// `text` for a Graphviz escString: '&' as "&amp;" (so no reference is ever decoded),
/// backslashes doubled, control characters (C0, DEL, C1) as spaces, noncharacters and invalid
/// bytes as U+FFFD; cut on a character boundary to at most `limit` bytes plus "...".
std::string graphviz_text(std::string_view text, std::size_t limit = std::string::npos);

}  // namespace claimgraph
