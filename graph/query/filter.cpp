#include "graph/query/filter.h"

#include <algorithm>
#include <cctype>

#include "graph/text/normalize.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

/// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" and for longer texts starting with one of them.
bool has_iso_prefix(std::string_view s, std::size_t length) {
  if (s.size() < length) return false;
  for (std::size_t i = 0; i < length; ++i)
    if ((i == 4 || i == 7) ? s[i] != '-' : !std::isdigit(static_cast<unsigned char>(s[i])))
      return false;
  return true;
}

bool same_outlet(std::string_view a, std::string_view b) {
  return to_lower_utf8(trim_whitespace(a)) == to_lower_utf8(trim_whitespace(b));
}

}  // namespace

bool ArticleFilter::accepts(std::string_view outlet, std::string_view date) const {
  if (!outlets.empty() && std::none_of(outlets.begin(), outlets.end(), [&](const std::string& o) {
        return same_outlet(o, outlet);
      }))
    return false;
  // ISO dates order as strings; each bound compares at its own precision, so "2016-09" as
  // `until` keeps all of September.
  if (!since.empty() &&
      (!has_iso_prefix(date, since.size()) || date.substr(0, since.size()) < since))
    return false;
  if (!until.empty() &&
      (!has_iso_prefix(date, until.size()) || date.substr(0, until.size()) > until))
    return false;
  return true;
}

std::string check_date_bound(std::string_view bound) {
  bool shaped = (bound.size() == 4 || bound.size() == 7 || bound.size() == 10) &&
                has_iso_prefix(bound, bound.size());
  return shaped ? "" : "is not a date like 2016, 2016-09 or 2016-09-19";
}

std::string date_key(std::string_view date, std::string_view grouping) {
  std::size_t length = grouping == "year" ? 4 : grouping == "month" ? 7 : 10;
  return has_iso_prefix(date, length) ? std::string(date.substr(0, length)) : "(no date)";
}

}  // namespace claimgraph
