#pragma once
// Warnings about one input: problems that cost an article a field or the article itself but do
// not make the input unusable (an empty article, a date not understood). A feed may hold
// thousands of them, so each kind is counted and told once, when the input is done, with the
// first example: "23 dates not understood (first: "next Tuesday" at line 5); those articles
// have no date". Nothing is dropped without a word.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "graph/io/input.h"

namespace claimgraph {

/// A count of one kind of warning and its first example.
class WarningTally {
 public:
  /// Counts one more, keeping `example` when it is the first.
  void note(std::string example);
  /// How many were noted.
  std::size_t count() const { return count_; }
  /// "1 <one> (<example>)" or "N <many> (first: <example>)", then `consequence`.
  std::string message(std::string_view one, std::string_view many,
                      std::string_view consequence) const;

 private:
  std::size_t count_ = 0;
  std::string first_;
};

/// The warnings of one input of records (JSON Lines, CSV) or of one metadata table.
struct InputNotes {
  WarningTally dates;  ///< dates not understood, which the articles lose
  WarningTally empty;  ///< articles whose text is empty or blank, skipped

  /// Puts `article.date` in ISO form (graph/io/dates.h); a date not understood is noted as
  /// found at `where` ("line 5") and removed, so the article has no date rather than a wrong one.
  void take_date(Article& article, const std::string& where);
  /// Tells `warn` one line per kind of warning met, naming `input`.
  void report(const std::string& input, const std::function<void(const InputError&)>& warn) const;
};

/// `text` in double quotes, cut after 60 bytes: enough to recognise it in a warning.
std::string short_quote(std::string_view text);

/// `sink.warning`, or `sink.error` for a sink that takes no warnings, so none is lost.
const std::function<void(const InputError&)>& warning_channel(const ArticleSink& sink);

}  // namespace claimgraph
