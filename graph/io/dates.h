#pragma once
// Article dates as news feeds write them, normalised to ISO 8601 so the --since/--until filter
// and the groupings by year, month and day can compare them as strings.
//
// Understood (any case, surrounding blanks ignored; a leading weekday is ignored):
//   - ISO: "2016", "2016-09", "2016-09-19", also with "/" ("2016/09/19"), with or without a time
//     and zone ("2016-09-19T14:03:00Z", "2016-09-19 14:03:00.5+02:00");
//   - US numeric, month first: "09/19/2016", "9/19/16" (two-digit years: 00-68 are 20xx,
//     69-99 are 19xx, as POSIX strptime reads them);
//   - month names, full or abbreviated, with or without a dot: "Sept. 19, 2016",
//     "September 19, 2016", "Sep 19 2016", "19 September 2016", "September 2016";
//   - RFC 2822: "Mon, 19 Sep 2016 14:03:00 +0000" (or "GMT", "EDT", ...).
// Any of them may end in a time ("14:03", "2:03 p.m.", "at 2:03 PM") and a zone ("Z", "+0000",
// "-04:00", "UTC", "GMT", "EST", ...).
//
// A time zone never moves the date: the day is the one written, in the writer's own zone. An
// article dated "2016-09-19T23:30:00-04:00" appeared on the 19th where it was published; moving
// it to UTC would date it the 20th, a day its readers never saw on it.

#include <optional>
#include <string>
#include <string_view>

namespace claimgraph {

/// The ISO form of a written date: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only that much is
/// written; nothing when `written` is not a date understood here (or names no real day, such
/// as "2016-02-30"). Blank text is no date at all: the caller decides what that means.
std::optional<std::string> iso_date(std::string_view written);

}  // namespace claimgraph
