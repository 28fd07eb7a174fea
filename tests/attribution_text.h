#pragma once
// Attributions as text, for tests that state what extraction should find in a sentence.

#include <string>
#include <vector>

#include "graph/extract/extractor.h"
#include "graph/text/utf8.h"

namespace claimgraph::test {

/// "source | cue | content" of each attribution of `text` ("-" for no source; several content
/// spans joined by " + ").
inline std::vector<std::string> attributions(const std::string& text,
                                             const Lexicon& lex = Lexicon::builtin()) {
  auto x = extract_article(Article{"t", text, "", "", ""}, lex);
  std::u32string cps = to_code_points(text);
  auto slice = [&](Span s) { return code_point_slice(cps, s.start, s.end); };
  std::vector<std::string> out;
  for (const auto& a : x.attributions) {
    std::string content;
    for (const auto& c : a.content) content += (content.empty() ? "" : " + ") + slice(c);
    out.push_back((a.source ? slice(*a.source) : "-") + " | " + slice(a.cue) + " | " + content);
  }
  return out;
}

}  // namespace claimgraph::test
