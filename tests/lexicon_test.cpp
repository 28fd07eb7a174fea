#include "graph/extract/lexicon.h"

#include <doctest/doctest.h>

#include "graph/extract/lexicon_data.h"

#include <stdexcept>

using namespace claimgraph;

namespace {

Document doc_of(std::string_view text) {
  return Document(text, [](std::string_view) { return false; });
}

}  // namespace

TEST_CASE("phrase table: longest match, case rules, possessives") {
  PhraseTable<int> table;
  CHECK(table.insert("Washington Post", 1, true));
  CHECK(table.insert("The Washington Post", 2, true));
  CHECK(table.insert("according to", 3, false));
  CHECK_FALSE(table.insert("according  to", 4, false));  // same tokens: the first value stays

  auto d = doc_of("Yesterday The Washington Post said, according to him, washington post");
  auto m = table.match(d, 1, d.size());
  REQUIRE(m);
  CHECK(m.length == 3);
  CHECK(*m.value == 2);
  CHECK(table.match(d, 2, d.size()).length == 2);
  auto cue = table.match(d, 6, d.size());
  REQUIRE(cue);
  CHECK(*cue.value == 3);
  CHECK_FALSE(table.match(d, 10, d.size()));  // lower-case "washington post" is not the outlet
  CHECK_FALSE(table.match(d, 1, 3));          // a limit cuts the phrase
  CHECK(table.find("according to") != nullptr);
}

TEST_CASE("phrase table: a one-token phrase matches where longer ones with its word do not") {
  PhraseTable<int> table;
  CHECK(table.insert("White", 1, true));
  CHECK(table.insert("White House", 2, true));
  CHECK(table.insert("White House press office", 3, true));
  auto d = doc_of("White House press staff met White Sox fans and white wine");
  auto m = table.match(d, 0, d.size());
  REQUIRE(m);
  CHECK(m.length == 2);  // "press office" does not follow: the two-token phrase
  CHECK(*m.value == 2);
  auto single = table.match(d, 5, d.size());  // "White Sox": only "White" is a phrase
  REQUIRE(single);
  CHECK(single.length == 1);
  CHECK(*single.value == 1);
  CHECK(table.match(d, 5, 6).length == 1);   // a limit leaves the one token
  CHECK_FALSE(table.match(d, 9, d.size()));  // lower-case "white" is no capitalised phrase
  CHECK_FALSE(table.match(d, 2, d.size()));  // "press" begins none
}

TEST_CASE("phrase table: the sequence-hash filters only rule matches out") {
  // With a filter mask of 0 every token run's hash collides with every phrase's, so each
  // match tries every length: the answers must be those of the filtered table.
  PhraseTable<int> filtered, colliding(0);
  int value = 0;
  for (const char* phrase : {"White", "White House", "White House press office", "New York",
                             "New York Times", "The New York Times", "York", "according to",
                             "the White House Correspondents Association"}) {
    ++value;
    CHECK(filtered.insert(phrase, value, true));
    CHECK(colliding.insert(phrase, value, true));
  }
  auto d = doc_of(
      "The New York Times said the White House press office and the White House "
      "Correspondents Association met in New York, according to York officials; white house");
  for (std::size_t i = 0; i < d.size(); ++i) {
    for (std::size_t limit = i + 1; limit <= d.size(); ++limit) {
      auto a = filtered.match(d, i, limit), b = colliding.match(d, i, limit);
      CAPTURE(i);
      CAPTURE(limit);
      CHECK(a.length == b.length);
      CHECK((a ? *a.value : 0) == (b ? *b.value : 0));
    }
  }
  auto whole = filtered.match(d, 0, d.size());
  REQUIRE(whole);
  CHECK(whole.length == 4);  // "The New York Times"
}

TEST_CASE("phrase table: find_word answers as find for one-token words") {
  const Lexicon& lex = Lexicon::builtin();
  auto d = doc_of(
      "pakistan based saudi led russian speaking texas born kenya uganda us egypt new york "
      "florida ohio america american chinese china the of and moscow london paris washington "
      "zzzz qqq ann robert");
  for (std::size_t i = 0; i < d.size(); ++i) {
    std::string_view w = d.lower(i);
    CAPTURE(w);
    CHECK(lex.country_words.find_word(w) == lex.country_words.find(w));
    CHECK(lex.places.find_word(w) == lex.places.find(w));
    CHECK(lex.names.find_word(w) == lex.names.find(w));
    CHECK(lex.titles.find_word(w) == lex.titles.find(w));
  }
  CHECK(lex.country_words.find_word("russian") != nullptr);
  CHECK(lex.places.find_word("texas") != nullptr);
  CHECK(lex.places.find_word("new") == nullptr);  // only the first word of "new york"
}

TEST_CASE("glob patterns for page furniture") {
  CHECK(glob_match("image via *", "image via wikicommons"));
  CHECK(glob_match("*getty images", "photo: jane doe/getty images"));
  CHECK(glob_match("advertisement", "advertisement"));
  CHECK_FALSE(glob_match("advertisement", "advertisements"));
  CHECK(glob_match("read the rest*", "read the rest here"));
}

TEST_CASE("built-in lexicons load and know the basics") {
  const Lexicon& lex = Lexicon::builtin();
  CHECK(lex.names.size() > 300);
  CHECK(lex.countries.size() > 150);
  const KnownName* post = lex.names.find("The Washington Post");
  REQUIRE(post != nullptr);
  CHECK(post->kind == EntityKind::outlet);
  const KnownName* fbi = lex.names.find("FBI");
  REQUIRE(fbi != nullptr);
  CHECK(fbi->kind == EntityKind::government);
  CHECK(lex.attribution_cues.find("said") != nullptr);
  CHECK(lex.attribution_cues.find("according to") != nullptr);
  CHECK(lex.titles.find("deputy foreign minister") != nullptr);
  CHECK(lex.first_names.count("hillary"));
  CHECK(lex.is_furniture("Image via WikiCommons"));
  CHECK_FALSE(lex.is_furniture("The campaign denied it."));
}

TEST_CASE("malformed lexicon files are refused with file and line") {
  std::vector<EmbeddedFile> files;
  for (const auto& f : embedded_lexicons()) files.push_back(f);
  for (auto& f : files)
    if (f.name == "outlets.tsv") f.content = "# header\nCNN\tCable News Network\n";
  try {
    Lexicon::from_files(files);
    FAIL("expected an error");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()).find("outlets.tsv line 2") != std::string::npos);
  }
  std::vector<EmbeddedFile> missing;
  CHECK_THROWS_WITH_AS(Lexicon::from_files(missing), doctest::Contains("missing"),
                       std::runtime_error);
}

TEST_CASE("lexicon fingerprint: known without parsing, whatever order the files come in") {
  CHECK(Lexicon::builtin_fingerprint() == Lexicon::builtin().fingerprint());
  std::vector<EmbeddedFile> reversed(embedded_lexicons().rbegin(), embedded_lexicons().rend());
  CHECK(Lexicon::fingerprint_of(reversed) == Lexicon::builtin_fingerprint());
  std::vector<EmbeddedFile> changed = reversed;
  changed.front().content = "# another list\n";
  CHECK(Lexicon::fingerprint_of(changed) != Lexicon::builtin_fingerprint());
}
