// The document's per-token lower-case forms and the phrase keys built from them.
#include "graph/text/document.h"

#include <doctest/doctest.h>

#include <string>

#include "graph/text/hash.h"

using namespace claimgraph;

namespace {

Document doc_of(std::string_view text) {
  return Document(text, [](std::string_view) { return false; });
}

}  // namespace

TEST_CASE("document: lower-case forms of each token, ASCII or not") {
  struct Case {
    std::string_view text;
    std::string_view first_lower;
  };
  const Case cases[] = {
      {"Putin met", "putin"},
      {"ÉMILE met", "émile"},
      {"O\xE2\x80\x99Malley said", "o'malley"},  // curly apostrophe folds to a straight one
      {"\xC8\xBA"
       "bc said",
       "\xE2\xB1\xA5"
       "bc"},  // U+023A folds to U+2C65: a longer form
      {"123 rose", "123"},
      // Eight bytes at a time: longer words, words ending the text, and the bytes either side
      // of 'A'-'Z' ('@', '[') that must stay as they are.
      {"INTERNATIONALIZATION", "internationalization"},
      {"McDONALD", "mcdonald"},
      {"AbCdEfGhIjKlMnOpQrStUvWxYz", "abcdefghijklmnopqrstuvwxyz"},
      {"ZA", "za"},
      {"Washington-\xC3\x89LYS\xC3\x89"
       "E rose",
       "washington-\xC3\xA9lys\xC3\xA9"
       "e"},
      {"@[AZ]` said", "@"},
  };
  for (const auto& c : cases) {
    SUBCASE(std::string(c.text).c_str()) {
      Document doc = doc_of(c.text);
      REQUIRE(doc.size() >= 1);
      CHECK(doc.lower(0) == c.first_lower);
      CHECK(doc.lower_hash(0) == word_hash(c.first_lower));
    }
  }
}

TEST_CASE("document: every printable ASCII character keeps or lowers as it should") {
  // One token per character, so each is lowered alone and beside its neighbours' bytes.
  std::string text;
  for (char c = '!'; c <= '~'; ++c) (text += c) += ' ';
  Document doc = doc_of(text);
  std::string lowered;
  for (std::size_t i = 0; i < doc.size(); ++i) lowered += doc.lower(i);
  std::string expected;
  for (char c = '!'; c <= '~'; ++c)
    expected += c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  CHECK(lowered == expected);
}

TEST_CASE("document: words of every length from 1 to 24 bytes keep form and hash in step") {
  // The forms are written and hashed eight bytes at a time, the last chunk partly: every length
  // meets each split of whole chunks and tail, at the text's end and before another word.
  for (std::size_t length = 1; length <= 24; ++length) {
    std::string word, lower;
    for (std::size_t k = 0; k < length; ++k) {
      char letter = static_cast<char>('a' + (k * 7) % 26);
      word += k % 3 == 0 ? static_cast<char>(letter - 32) : letter;
      lower += letter;
    }
    CAPTURE(word);
    struct Place {
      std::string text;
      std::size_t token;  // where the word is
    };
    for (const Place& place :
         {Place{word, 0}, Place{word + " " + word + "x", 0}, Place{"x " + word, 1}}) {
      Document doc = doc_of(place.text);
      CHECK(doc.lower(place.token) == lower);
      CHECK(doc.lower_hash(place.token) == word_hash(lower));
      for (std::size_t t = 0; t < doc.size(); ++t)
        CHECK(doc.lower_hash(t) == word_hash(doc.lower(t)));
    }
  }
}

TEST_CASE("document: a word of a mebibyte, as hostile input may hold, keeps form and hash") {
  std::string word(1 << 20, 'Q'), lower(1 << 20, 'q');
  word[(1 << 20) - 3] = 'z';  // a tail that differs, so a dropped tail changes the hash
  lower[(1 << 20) - 3] = 'z';
  Document doc = doc_of(word + " end");
  REQUIRE(doc.size() == 2);
  CHECK(doc.lower(0) == lower);
  CHECK(doc.lower_hash(0) == word_hash(lower));
  CHECK(doc.lower(1) == "end");
}

TEST_CASE("document: a phrase key joins the tokens' forms with the word separator") {
  Document doc = doc_of("The ÉLYSÉE Palace said \xC8\xBA\xC8\xBA\xC8\xBA and more.");
  std::string expected = "the";
  expected += Document::kWordSeparator;
  expected += "élysée";
  expected += Document::kWordSeparator;
  expected += "palace";
  CHECK(doc.lower_words(0, 3) == expected);
  CHECK(doc.lower_words(1, 2) == "élysée");
  // Forms after one that grew in length are still in place.
  CHECK(doc.lower(doc.size() - 2) == "more");
  CHECK(doc.lower(doc.size() - 1) == ".");
}

TEST_CASE("document: paragraphs start after a line break or at the text's start") {
  Document doc = doc_of("The Associated Press reports:\nHe met her. They talked.\n\nShe left.");
  REQUIRE(doc.sentences().size() == 4);
  CHECK(doc.starts_paragraph(0));
  CHECK(doc.starts_paragraph(1));
  CHECK_FALSE(doc.starts_paragraph(2));
  CHECK(doc.starts_paragraph(3));
  CHECK(doc.paragraph_end(1) == 3);  // "He met her. They talked."
  CHECK(doc.paragraph_end(3) == 4);
}
