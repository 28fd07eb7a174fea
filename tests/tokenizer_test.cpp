#include "graph/text/tokenizer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace claimgraph;

namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

}  // namespace

TEST_CASE("tokenizer: splits as the extractor needs") {
  struct Row {
    const char* text;
    std::vector<std::string> tokens;
  };
  const Row rows[] = {
      {"Trump's campaign", {"Trump", "'s", "campaign"}},
      {"Trump\xE2\x80\x99s team", {"Trump", "\xE2\x80\x99s", "team"}},
      {"didn't go", {"did", "n't", "go"}},
      {"the U.S. government", {"the", "U.S.", "government"}},
      {"Donald J. Trump", {"Donald", "J.", "Trump"}},
      {"Sen. Ted Cruz said.", {"Sen.", "Ted", "Cruz", "said", "."}},
      {"He said no.", {"He", "said", "no", "."}},
      {"It is No. 5", {"It", "is", "No.", "5"}},
      {"after all\xE2\x80\x94which", {"after", "all", "\xE2\x80\x94", "which"}},
      {"well--no", {"well", "--", "no"}},
      {"pro-Russian O'Brien", {"pro-Russian", "O'Brien"}},
      {"AT&T", {"AT&T"}},
      {"''No,'' he said", {"''", "No", ",", "''", "he", "said"}},
  };
  for (const auto& row : rows) {
    SUBCASE(row.text) { CHECK(words(row.text) == row.tokens); }
  }
}

TEST_CASE("tokenizer: quotes open and close, offsets count code points") {
  std::string text = "He said, \"no\" and \xE2\x80\x9Cyes\xE2\x80\x9D \xC3\xA9t\xC3\xA9.";
  auto t = tokenize(text);
  REQUIRE(t.size() == 12);
  CHECK(t[3].kind == TokenKind::open_quote);
  CHECK(t[5].kind == TokenKind::close_quote);
  CHECK(t[7].kind == TokenKind::open_quote);
  CHECK(t[9].kind == TokenKind::close_quote);
  // Code points, not bytes: the curly quotes before "été" are one code point each.
  CHECK(t[10].cp_begin == 24);
  CHECK(t[10].cp_end == 27);
  CHECK(t[10].end - t[10].begin == 5);
  CHECK(t[0].capitalized);
  CHECK_FALSE(t[1].capitalized);
}

TEST_CASE("tokenizer: two apostrophes are a double quotation mark") {
  auto t = tokenize("''We won,'' he said.");
  REQUIRE(t.size() == 8);
  CHECK(t[0].kind == TokenKind::open_quote);
  CHECK(t[4].kind == TokenKind::close_quote);
}

TEST_CASE("tokenizer: records line breaks before tokens") {
  auto t = tokenize("Title\n\nFirst line.\nSecond");
  REQUIRE(t.size() == 5);
  CHECK(t[1].newlines_before == 2);
  CHECK(t[4].newlines_before == 1);
}

TEST_CASE("tokenizer: plain ASCII words end where nothing can extend them") {
  struct Row {
    const char* text;
    std::vector<std::string> tokens;
  };
  const Row rows[] = {
      {"He said", {"He", "said"}},  // a word ending the text
      {"x", {"x"}},                 // one letter, the whole text
      {"In 2016, Obama", {"In", "2016", ",", "Obama"}},
      {"caf\xC3\xA9 ok", {"caf\xC3\xA9", "ok"}},  // a non-ASCII letter carries the word on
      {"ab\xE2\x80\x94"
       "cd",
       {"ab", "\xE2\x80\x94", "cd"}},  // a dash does not
      {"Obama's", {"Obama", "'s"}},    // a suffix ending the text
      {"isn\xE2\x80\x99t", {"is", "n\xE2\x80\x99t"}},
      {"the U.S.", {"the", "U.S."}},  // a dot taken at the text's end
      {"Mr.", {"Mr."}},
      {"it ends.", {"it", "ends", "."}},
      {"well-known and/or AT&T", {"well-known", "and/or", "AT&T"}},
      {"a-", {"a", "-"}},  // a joiner needs a letter after it
      {"(yes)", {"(", "yes", ")"}},
  };
  for (const auto& row : rows) {
    SUBCASE(row.text) { CHECK(words(row.text) == row.tokens); }
  }
}

TEST_CASE(
    "tokenizer: an abbreviation keeps its dot, in any case; other words before a dot do not") {
  struct Row {
    const char* text;
    std::vector<std::string> tokens;
  };
  const Row rows[] = {
      {"MR. Smith", {"MR.", "Smith"}},
      {"Sept. 11", {"Sept.", "11"}},
      {"Messrs. Cruz and Rubio", {"Messrs.", "Cruz", "and", "Rubio"}},  // the longest, six
      {"Acme Corp. said", {"Acme", "Corp.", "said"}},
      {"the messrsx. end", {"the", "messrsx", ".", "end"}},  // seven letters: never one
      {"the mess. end", {"the", "mess", ".", "end"}},        // a prefix of one is not one
      {"the ms. end", {"the", "ms.", "end"}},
      {"the m. end", {"the", "m.", "end"}},  // one letter: an initial
      {"said.", {"said", "."}},
      {"\xC3\xA9tc. end", {"\xC3\xA9tc", ".", "end"}},  // a non-ASCII letter is no abbreviation
  };
  for (const auto& row : rows) {
    SUBCASE(row.text) { CHECK(words(row.text) == row.tokens); }
  }
}

TEST_CASE("tokenizer: offsets and flags of words on the common path and off it") {
  std::string text = "Big caf\xC3\xA9 Obama's x";
  auto t = tokenize(text);
  REQUIRE(t.size() == 5);
  CHECK(t[0].capitalized);
  CHECK(t[0].space_before);  // the first token
  CHECK(t[1].cp_begin == 4);
  CHECK(t[1].cp_end == 8);
  CHECK(t[1].end == 9);
  CHECK_FALSE(t[1].capitalized);
  CHECK(t[2].cp_begin == 9);
  CHECK(t[2].cp_end == 14);
  CHECK(t[3].cp_begin == 14);
  CHECK(t[3].cp_end == 16);
  CHECK_FALSE(t[3].space_before);
  CHECK(t[4].begin == text.size() - 1);
  CHECK(t[4].end == text.size());
  CHECK(t[4].cp_end == 18);
}
