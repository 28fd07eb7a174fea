#pragma once
// Which articles a query looks at, by their own metadata: the publishing outlet and the date.
// Relations carry their article's outlet and date, so filtering articles filters relations.

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

/// A choice of articles by publisher and date; the default accepts every article.
struct ArticleFilter {
  std::vector<std::string> outlets;  ///< any of these publishers, in any case; empty: all
  std::string since;  ///< first date kept: "2016", "2016-09" or "2016-09-19"; empty: no bound
  std::string until;  ///< last date kept, inclusive, at its own precision; empty: no bound

  /// True when an article with this outlet and date is kept. With a date bound, an article
  /// without an ISO date ("YYYY-MM-DD...") is not: nothing says it falls inside.
  bool accepts(std::string_view outlet, std::string_view date) const;
  /// True when it keeps every article.
  bool empty() const { return outlets.empty() && since.empty() && until.empty(); }
};

/// Why `bound` is no usable date bound ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), or empty.
std::string check_date_bound(std::string_view bound);

/// The part of an article date a grouping uses ("year": "2016", "month": "2016-09", "day":
/// "2016-09-19"), or "(no date)" when the date is not ISO.
std::string date_key(std::string_view date, std::string_view grouping);

}  // namespace claimgraph
