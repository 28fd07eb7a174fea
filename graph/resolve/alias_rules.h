#pragma once
// The user's corrections to entity resolution, in a plain, diff-friendly file:
//
//   # comment
//   Vladimir Putin = Vladimir V. Putin = President Putin   (one entity; the first name is shown)
//   Donald Trump != Donald Trump Jr.                        (never the same entity)
//
// A name matches an entity whose canonical name or id is that name, compared normalised.

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// One line of an alias file.
struct AliasRule {
  bool same = true;                ///< "=": one entity; "!=": never one entity
  std::vector<std::string> names;  ///< as written; for "=" the first is the name to show
  std::string where;               ///< "file:line", for explanations and errors
  std::string text;                ///< the line as written
};

/// Parses an alias file's text; throws std::runtime_error naming `source` and the line.
std::vector<AliasRule> parse_alias_rules(std::string_view text, const std::string& source);

/// Reads and parses an alias file; throws std::runtime_error naming the file.
std::vector<AliasRule> read_alias_rules(const std::string& path);

}  // namespace claimgraph
