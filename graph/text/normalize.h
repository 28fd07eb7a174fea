#pragma once
// Name normalisation as the scoring contract defines it (eval/README.md section 2): NFKC, lower
// case, a leading "the" and a trailing "'s" dropped, punctuation to space, white space folded.

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// The normalised form of a name; used for entity keys, look-ups and scoring alike.
std::string normalize_name(std::string_view name);

/// Appends normalize_name(name) to `out`: builds a key ("organization:" and the name) in one
/// string.
void append_normalized_name(std::string_view name, std::string& out);

/// `s` without leading and trailing ASCII white space (space, tab, CR, LF).
std::string_view trim_whitespace(std::string_view s);

/// A key safe in ids and file names: the normalised name with spaces turned to '-'.
std::string slug(std::string_view name);

/// Appends slug(name) to `out`: builds an id ("person:" and the slug) in one string.
void append_slug(std::string_view name, std::string& out);

/// The words of a normalised name (split at its spaces): "donald trump" -> {donald, trump}.
std::vector<std::string> name_words(std::string_view normalised);

/// Levenshtein distance between two short strings, by code unit; for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace claimgraph
