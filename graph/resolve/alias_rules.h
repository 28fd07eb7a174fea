#pragma once
// The user's corrections to entity resolution, in a plain, diff-friendly file:
//
//   # comment
//   Vladimir Putin = Vladimir V. Putin = President Putin   (one entity; the first name is shown)
//   Donald Trump != Donald Trump Jr.                        (never the same entity)
//   Wells Fargo : organization                              (the entity's kind)
//   Hillary Clinton = Hillary Rodham Clinton : person       (one entity, its name and its kind)
//
// A name matches an entity whose canonical name or id is that name, compared normalised.
// "A != B" also splits what extraction keyed together ("George W. Bush" and "George H.W. Bush"
// share the key of first and last name): an article's entity named A, or named neither but
// also called A in its article, gets A's own key; one named neither side stays apart from both
// when both occur under the key, and follows the one that does otherwise.
// A kind is one of person, campaign, government, outlet, organization, group, after the last
// ':' of a line; every key of that name takes the kind and joins one entity.
// Rules that contradict each other ("A = B" and "A != B", directly or through other "=" lines;
// two kinds for one entity) are an error naming both lines.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model/types.h"

namespace claimgraph {

/// One line of an alias file.
struct AliasRule {
  bool same = true;                ///< "=" (or a kind alone): one entity; "!=": never one entity
  std::vector<std::string> names;  ///< as written; for "=" the first is the name to show
  std::optional<EntityKind> kind;  ///< ": kind": the kind the entity is given
  std::string where;               ///< "file:line", for explanations and errors
  std::string text;                ///< the line as written

  /// "file:line: text", as explanations quote a rule.
  std::string quoted() const { return where + ": " + text; }
};

/// Parses an alias file's text; throws std::runtime_error naming `source` and the line, or
/// both lines of two rules that contradict each other.
std::vector<AliasRule> parse_alias_rules(std::string_view text, const std::string& source);

/// The largest alias file read (about a million rules): /dev/zero or a runaway file is refused
/// rather than read into memory.
constexpr std::size_t kMaxAliasFileBytes = std::size_t{64} << 20;

/// Reads and parses an alias file (at most kMaxAliasFileBytes); throws std::runtime_error naming
/// the file.
std::vector<AliasRule> read_alias_rules(const std::string& path);

/// The rules that name any of `names` (entity names, aliases or ids), in file order.
std::vector<const AliasRule*> rules_naming(const std::vector<AliasRule>& rules,
                                           const std::vector<std::string>& names);

}  // namespace claimgraph
