#include "graph/text/normalize.h"

#include <doctest/doctest.h>

using namespace claimgraph;

TEST_CASE("normalize_name: the scoring contract's rules") {
  struct Row {
    const char* in;
    const char* out;
  };
  const Row rows[] = {
      {"The Washington Post", "washington post"},
      {"Trump's", "trump"},
      {"Trump\xE2\x80\x99s campaign", "trump s campaign"},
      {"  U.S.   officials ", "u s officials"},
      {"CBS\xC2\xA0"
       "4",
       "cbs 4"},                                        // no-break space folds
      {"\xEF\xBC\xA6\xEF\xBC\xA2\xEF\xBC\xA9", "fbi"},  // full-width letters, NFKC
      {"Hope Hicks", "hope hicks"},
      {"Theresa May", "theresa may"},  // "the" only as a whole word
      {"", ""},
  };
  for (const auto& row : rows) {
    SUBCASE(row.in) { CHECK(normalize_name(row.in) == row.out); }
  }
}

TEST_CASE("slug and edit distance") {
  CHECK(slug("Russian Foreign Ministry") == "russian-foreign-ministry");
  CHECK(edit_distance("putin", "putn") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("same", "same") == 0);
}

namespace {

/// normalize_name of an ASCII name as the contract spells it, step by step: the reference
/// the one-pass ASCII path must match.
std::string reference_normalize(std::string_view name) {
  std::string lower(name);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  std::string_view s = trim_whitespace(lower);
  if (s.size() > 4 && s.substr(0, 4) == "the ") s.remove_prefix(4);
  if (s.size() > 2 && s.ends_with("'s")) s.remove_suffix(2);
  // Unicode's punctuation (Pc to Po) and white space among the ASCII characters.
  constexpr std::string_view kBreaks = "_-([{)]}!\"#%&'*,./:;?@\\ \t\n\r\f\v";
  std::string out;
  bool pending_space = false;
  for (char c : s) {
    if (kBreaks.find(c) != std::string_view::npos) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("normalize_name: the one-pass ASCII path gives the contract's answer") {
  // Every string of up to five of these characters: cases, "the ", "'s", symbols ("$" is no
  // punctuation), white space that trimming keeps ("\f").
  constexpr std::string_view kAlphabet = "aTHhe '\tsS.$-\f";
  std::string s;
  std::size_t checked = 0, failed = 0;
  auto visit = [&](auto&& self, std::size_t depth) -> void {
    ++checked;
    if (normalize_name(s) != reference_normalize(s) && failed++ < 5)
      CHECK(normalize_name(s) == reference_normalize(s));
    if (depth == 5) return;
    for (char c : kAlphabet) {
      s.push_back(c);
      self(self, depth + 1);
      s.pop_back();
    }
  };
  visit(visit, 0);
  CHECK(failed == 0);
  CHECK(checked > 500000);
}

TEST_CASE("append_normalized_name appends to what is there") {
  std::string key = "organization:";
  append_normalized_name("The  U.S. Senate's", key);
  CHECK(key == "organization:u s senate");
  key = "x:";
  append_normalized_name("\xEF\xBC\xA6\xEF\xBC\xA2\xEF\xBC\xA9 agents", key);
  CHECK(key == "x:fbi agents");
  key = "x:";
  append_normalized_name("...", key);  // punctuation alone: no space after the prefix
  CHECK(key == "x:");
}

TEST_CASE("append_slug appends slug's answer") {
  std::string id = "government:";
  append_slug("The Russian Foreign-Ministry's", id);
  CHECK(id == "government:" + slug("The Russian Foreign-Ministry's"));
  CHECK(id == "government:russian-foreign-ministry");
}
