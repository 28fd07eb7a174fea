#include "graph/io/dates.h"

#include <array>
#include <cstdio>
#include <vector>

namespace claimgraph {

namespace {

/// A piece of a written date: a run of digits, a run of ASCII letters (lower-cased), or one
/// other byte.
struct Token {
  enum Kind { number, word, mark } kind;
  std::string text;
};

/// ASCII only: a date is written in ASCII digits and letters, whatever the locale.
bool is_digit(char c) { return c >= '0' && c <= '9'; }
/// An ASCII letter, of a month, weekday or zone name.
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
/// A blank between tokens.
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
/// `c` in lower case, so names match in any case.
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// The length of the run of digits or letters starting at `i`; 1 for any other byte.
std::size_t run_length(std::string_view s, std::size_t i) {
  bool (*same)(char) = is_digit(s[i]) ? is_digit : is_letter(s[i]) ? is_letter : nullptr;
  std::size_t j = i + 1;
  while (same && j < s.size() && same(s[j])) ++j;
  return j - i;
}

/// `s` as tokens; blanks only separate them, and the dot of an abbreviation ("Sept.", "p.m.")
/// is dropped so "Sept." reads as "Sept".
std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  for (std::size_t i = 0, n; i < s.size(); i += n) {
    n = is_blank(s[i]) ? 1 : run_length(s, i);
    if (is_blank(s[i])) continue;
    if (s[i] == '.' && !tokens.empty() && tokens.back().kind == Token::word) continue;
    Token::Kind kind = is_digit(s[i]) ? Token::number : is_letter(s[i]) ? Token::word : Token::mark;
    std::string text(s.substr(i, n));
    for (char& c : text) c = lower(c);
    tokens.push_back({kind, std::move(text)});
  }
  return tokens;
}

// English month names and their abbreviations as newsrooms write them (AP style uses "Sept.").
constexpr std::array<std::pair<std::string_view, int>, 24> kMonths{{
    {"jan", 1},  {"january", 1},  {"feb", 2},    {"february", 2},  {"mar", 3},  {"march", 3},
    {"apr", 4},  {"april", 4},    {"may", 5},    {"jun", 6},       {"june", 6}, {"jul", 7},
    {"july", 7}, {"aug", 8},      {"august", 8}, {"sep", 9},       {"sept", 9}, {"september", 9},
    {"oct", 10}, {"october", 10}, {"nov", 11},   {"november", 11}, {"dec", 12}, {"december", 12},
}};

// Weekday names, which a date may start with ("Mon, 19 Sep 2016"); they add nothing to it.
constexpr std::array<std::string_view, 18> kWeekdays{
    "mon",   "monday",   "tue", "tues",   "tuesday", "wed",      "wednesday", "thu",    "thur",
    "thurs", "thursday", "fri", "friday", "sat",     "saturday", "sun",       "sunday", "weds"};

// Zone names of RFC 2822 and of North American and European newsrooms; the zone is read past,
// never applied (see dates.h).
constexpr std::array<std::string_view, 19> kZones{"z",   "utc", "gmt", "ut",  "est", "edt", "cst",
                                                  "cdt", "mst", "mdt", "pst", "pdt", "et",  "ct",
                                                  "mt",  "pt",  "bst", "cet", "cest"};

/// Reads tokens left to right; a failed read may have moved it, so patterns work on copies.
class Cursor {
 public:
  explicit Cursor(const std::vector<Token>& tokens) : tokens_(&tokens) {}

  /// True at the end of the tokens.
  bool done() const { return at_ == tokens_->size(); }

  /// Takes a number of `min`..`max` digits into `value` (saturated past nine digits).
  bool number(std::size_t min, std::size_t max, int& value) {
    const Token* t = peek();
    if (!t || t->kind != Token::number || t->text.size() < min || t->text.size() > max)
      return false;
    ++at_;
    value = 0;
    for (char c : t->text) value = value > 99999999 ? value : value * 10 + (c - '0');
    return true;
  }

  /// Takes the mark `c`.
  bool mark(char c) {
    const Token* t = peek();
    return t && t->kind == Token::mark && t->text[0] == c && (++at_, true);
  }

  /// Takes a word among `words`.
  template <std::size_t N>
  bool word(const std::array<std::string_view, N>& words) {
    const Token* t = peek();
    for (std::string_view w : words)
      if (t && t->kind == Token::word && t->text == w) return ++at_, true;
    return false;
  }

  /// Takes a month name into `month` (1-12).
  bool month(int& month) {
    const Token* t = peek();
    for (const auto& [name, number] : kMonths)
      if (t && t->kind == Token::word && t->text == name) return month = number, ++at_, true;
    return false;
  }

 private:
  const Token* peek() const { return done() ? nullptr : &(*tokens_)[at_]; }

  const std::vector<Token>* tokens_;
  std::size_t at_ = 0;
};

/// A calendar date; a zero month or day is not written.
struct Ymd {
  int year = 0, month = 0, day = 0;
};

/// Reads `pattern` from a copy of `c`, moving `c` past it only when it matches.
template <typename Pattern>
bool attempt(Cursor& c, Pattern pattern) {
  Cursor copy = c;
  if (!pattern(copy)) return false;
  c = copy;
  return true;
}

/// "2016", "2016-09", "2016-09-19", or the same with "/".
bool iso_form(Cursor& c, Ymd& d) {
  if (!c.number(4, 4, d.year)) return false;
  for (char sep : {'-', '/'}) {
    if (!attempt(c, [&](Cursor& k) { return k.mark(sep) && k.number(1, 2, d.month); })) continue;
    attempt(c, [&](Cursor& k) { return k.mark(sep) && k.number(1, 2, d.day); });
    return true;
  }
  return true;
}

/// "9/19/2016" or "09/19/16": month first, as US newsrooms write it.
bool us_numeric(Cursor& c, Ymd& d) {
  if (!(c.number(1, 2, d.month) && c.mark('/') && c.number(1, 2, d.day) && c.mark('/')))
    return false;
  if (c.number(4, 4, d.year)) return true;
  if (!c.number(2, 2, d.year)) return false;
  d.year += d.year < 69 ? 2000 : 1900;  // POSIX strptime's %y
  return true;
}

/// The day of the month, with an optional ordinal ending ("19th").
bool day_number(Cursor& c, int& day) {
  static constexpr std::array<std::string_view, 4> kOrdinals{"st", "nd", "rd", "th"};
  if (!c.number(1, 2, day)) return false;
  c.word(kOrdinals);
  return true;
}

/// "Sept. 19, 2016", "September 19 2016", or "September 2016".
bool month_first(Cursor& c, Ymd& d) {
  if (!c.month(d.month)) return false;
  if (attempt(c, [&](Cursor& k) {
        return day_number(k, d.day) && (k.mark(','), true) && k.number(4, 4, d.year);
      }))
    return true;
  d.day = 0;
  c.mark(',');
  return c.number(4, 4, d.year);
}

/// "19 September 2016" or RFC 2822's "19 Sep 2016".
bool day_first(Cursor& c, Ymd& d) {
  return day_number(c, d.day) && c.month(d.month) && (c.mark(','), true) && c.number(4, 4, d.year);
}

/// A time of day: "14:03", "14:03:00.250", "2:03 p.m.".
bool time_of_day(Cursor& c) {
  static constexpr std::array<std::string_view, 2> kHalves{"am", "pm"}, kHalfLetters{"a", "p"};
  static constexpr std::array<std::string_view, 1> kM{"m"};
  int hour = 0, minute = 0, second = 0, fraction = 0;
  if (!(c.number(1, 2, hour) && c.mark(':') && c.number(2, 2, minute))) return false;
  if (c.mark(':') && !c.number(2, 2, second)) return false;
  attempt(c, [&](Cursor& k) { return k.mark('.') && k.number(1, 20, fraction); });
  if (!c.word(kHalves)) attempt(c, [&](Cursor& k) { return k.word(kHalfLetters) && k.word(kM); });
  return hour <= 24 && minute <= 59 && second <= 60;  // 60: a leap second
}

/// A numeric zone offset: "+0000", "-04:00", "+02".
bool zone_offset(Cursor& c) {
  int hours = 0, minutes = 0;
  if (!c.mark('+') && !c.mark('-')) return false;
  if (c.number(4, 4, hours)) return true;
  if (!c.number(1, 2, hours)) return false;
  attempt(c, [&](Cursor& k) { return k.mark(':') && k.number(2, 2, minutes); });
  return true;
}

/// A zone: an offset, a name, or both ("GMT+1"), with RFC 2822's comment ("+0000 (UTC)").
void zone(Cursor& c) {
  c.word(kZones);
  attempt(c, zone_offset);
  attempt(c, [](Cursor& k) { return k.mark('(') && k.word(kZones) && k.mark(')'); });
}

/// True when what follows the date is only a time and a zone, each optional.
bool only_time_and_zone(Cursor c) {
  static constexpr std::array<std::string_view, 2> kBeforeTime{"t", "at"};
  c.mark(',');
  c.word(kBeforeTime);
  attempt(c, time_of_day);
  zone(c);
  return c.done();
}

/// Gregorian leap years, for February 29th.
bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

/// Whether the date names a real day (or month, or year).
bool is_real(const Ymd& d) {
  static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1 || d.month < 0 || d.month > 12 || (d.day && !d.month)) return false;
  if (d.month == 0 || d.day == 0) return true;
  return d.day <= kDays[d.month - 1] && !(d.month == 2 && d.day == 29 && !is_leap(d.year));
}

/// The date as ISO writes it, at its own precision.
std::string iso(const Ymd& d) {
  char out[16];
  if (d.month == 0) std::snprintf(out, sizeof out, "%04d", d.year);
  if (d.month != 0 && d.day == 0) std::snprintf(out, sizeof out, "%04d-%02d", d.year, d.month);
  if (d.day != 0) std::snprintf(out, sizeof out, "%04d-%02d-%02d", d.year, d.month, d.day);
  return out;
}

}  // namespace

std::optional<std::string> iso_date(std::string_view written) {
  std::vector<Token> tokens = tokenize(written);
  using Form = bool (*)(Cursor&, Ymd&);
  for (Form form : {iso_form, us_numeric, month_first, day_first}) {
    Cursor c(tokens);
    Ymd d;
    c.word(kWeekdays);  // "Mon, 19 Sep 2016": the weekday adds nothing
    c.mark(',');
    if (form(c, d) && only_time_and_zone(c) && is_real(d)) return iso(d);
  }
  return std::nullopt;
}

}  // namespace claimgraph
