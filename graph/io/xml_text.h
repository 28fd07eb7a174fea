#pragma once
// Text from articles and stores made safe for XML 1.0 element content and attribute values
// (GraphML, GEXF): markup characters as entities, so a name such as "\"><script>" or "]]>"
// stays text, and whitespace as character references, so a parser's attribute normalisation
// gives back the same tabs and newlines.

#include <string>
#include <string_view>

namespace claimgraph {

/// `text` for XML: & < > " ' as entities; tab, newline and carriage return as "&#9;", "&#10;",
/// "&#13;"; the characters XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF), the other
/// noncharacters and bytes of invalid UTF-8 as U+FFFD; everything else as it is.
std::string xml_text(std::string_view text);

}  // namespace claimgraph
