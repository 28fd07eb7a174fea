#pragma once
// What the writers' fuzz targets assert of an output: valid UTF-8, JSON that parses, SVG that
// is well-formed XML. A failed check aborts, which libFuzzer reports as a crash with the input.

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

#include "graph/text/utf8.h"

#ifdef CLAIMGRAPH_HAVE_LIBXML2
#include <libxml/parser.h>
#endif

namespace claimgraph::fuzz {

/// Aborts with `what` and the output when `ok` is false.
inline void require(bool ok, const char* what, std::string_view output) {
  if (ok) return;
  std::fprintf(stderr, "fuzz check failed: %s\n%.*s\n", what, static_cast<int>(output.size()),
               output.data());
  std::abort();
}

/// Aborts unless `text` is valid UTF-8.
inline void require_utf8(std::string_view text) {
  require(!find_invalid_utf8(text), "output is not valid UTF-8", text);
}

/// True for an article date as the readers leave it: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
inline bool iso_shaped(std::string_view date) {
  constexpr std::string_view kShape = "dddd-dd-dd";
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  for (std::size_t i = 0; i < date.size(); ++i)
    if (kShape[i] == 'd' ? (date[i] < '0' || date[i] > '9') : date[i] != '-') return false;
  return true;
}

/// Aborts unless `date` is empty or ISO: the readers never pass on a date as written.
inline void require_iso_date(std::string_view date) {
  require(date.empty() || iso_shaped(date), "article date not in ISO form", date);
}

/// Aborts unless `text` is valid UTF-8 and one JSON document; returns it parsed.
inline nlohmann::json require_json(std::string_view text) {
  require_utf8(text);
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  require(!parsed.is_discarded(), "output is not valid JSON", text);
  return parsed;
}

/// True when no code point of valid UTF-8 `text` is one XML 1.0 forbids (controls other than
/// tab, CR and LF; U+FFFE and U+FFFF).
inline bool xml_characters(std::string_view text) {
  for (char32_t cp : to_code_points(text)) {
    bool control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r';
    if (control || cp == 0xFFFE || cp == 0xFFFF) return false;
  }
  return true;
}

/// Aborts unless `svg` is well-formed XML (by libxml2 when built with it).
inline void require_xml(std::string_view svg) {
  require_utf8(svg);
  require(xml_characters(svg), "SVG holds a character XML forbids", svg);
#ifdef CLAIMGRAPH_HAVE_LIBXML2
  // No network, no entity expansion and no DTD loading: only well-formedness is in question.
  xmlDocPtr doc = xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "render.svg", "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  require(doc != nullptr, "SVG is not well-formed XML", svg);
  xmlFreeDoc(doc);
#endif
}

}  // namespace claimgraph::fuzz
