#include "graph/extract/cue_model.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "attribution_text.h"
#include "graph/extract/extractor.h"
#include "graph/extract/lexicon.h"
#include "graph/extract/lexicon_data.h"
#include "graph/extract/mentions.h"
#include "graph/text/utf8.h"

using namespace claimgraph;

using claimgraph::test::attributions;

namespace {

/// The built-in lexicon files, with `name` replaced by `content` (or left out when null).
std::vector<EmbeddedFile> lexicon_files(std::string_view name, const char* content) {
  std::vector<EmbeddedFile> files;
  for (const auto& f : embedded_lexicons()) {
    if (f.name != name)
      files.push_back(f);
    else if (content)
      files.push_back({f.name, content});
  }
  return files;
}

/// The error CueModel::parse gives for `text`, or "" when it parses.
std::string parse_error(const std::string& text) {
  try {
    CueModel::parse(text, "cue_model.txt");
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

Document doc_of(std::string_view text) {
  return Document(text, [](std::string_view) { return false; });
}

}  // namespace

TEST_CASE("cue model: the built-in model loads with its thresholds") {
  const CueModel& model = Lexicon::builtin().cue_model;
  REQUIRE_FALSE(model.empty());
  CHECK(model.add_threshold > model.drop_threshold);
  CHECK(model.drop_threshold > -1e8f);
}

TEST_CASE("cue model: malformed model files are refused with file and line") {
  struct Row {
    const char* text;
    const char* error;
  };
  const Row rows[] = {
      {"bits 18\nbias 0.5\nw 12 abc\n", "cue_model.txt line 3: not a number: 'abc'"},
      {"# comment\nbits 17\n", "cue_model.txt line 2: the model has 17 bits"},
      {"bits 18\nw 999999999 0.5\n", "cue_model.txt line 2: weight slot out of range"},
      {"bits 18\nw 5 100\n", "cue_model.txt line 2: weight out of range"},
      {"bits 18\nweights 5 1\n", "cue_model.txt line 2: expected"},
      {"bias 1\nbits 18\n", "cue_model.txt line 1: expected 'bits N' first"},
      {"# nothing\n", "no 'bits N' line"},
  };
  for (const auto& row : rows) {
    SUBCASE(row.error) { CHECK(parse_error(row.text).find(row.error) != std::string::npos); }
  }
  CHECK(parse_error("bits 18\r\nbias -1.5\r\nadd 0.5\r\ndrop -2\r\nw 7 0.25\r\n").empty());
}

TEST_CASE("cue model: a broken model file stops the lexicons from loading") {
  try {
    Lexicon::from_files(lexicon_files("cue_model.txt", "bits 18\nbias x\n"));
    FAIL("expected an error");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()) == "lexicon cue_model.txt line 2: not a number: 'x'");
  }
  CHECK(Lexicon::from_files(lexicon_files("cue_model.txt", nullptr)).cue_model.empty());
}

TEST_CASE("cue model: the model changes the lexicon fingerprint") {
  Lexicon without = Lexicon::from_files(lexicon_files("cue_model.txt", nullptr));
  CHECK(without.fingerprint() != Lexicon::builtin().fingerprint());
}

TEST_CASE("cue model: finds cues no lexicon entry holds") {
  const Lexicon& lex = Lexicon::builtin();
  Lexicon lexicon_only = Lexicon::from_files(lexicon_files("cue_model.txt", nullptr));
  struct Row {
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"Bernie Sanders is confident that he will win.",
       "Bernie Sanders | is confident | that he will win"},
      {"Donald Trump is known for his long speeches.",
       "Donald Trump | is known for | his long speeches"},
  };
  for (const auto& row : rows) {
    SUBCASE(row.text) {
      CHECK(lex.attribution_cues.find("confident") == nullptr);
      CHECK(attributions(row.text, lex) == std::vector<std::string>{row.expected});
      CHECK(attributions(row.text, lexicon_only).empty());
    }
  }
}

TEST_CASE("cue model: candidates and features") {
  std::string text = "Bernie Sanders said \"we win\" and the party agreed.";
  Document doc = doc_of(text);
  std::vector<Quote> quotes = find_quotes(doc);
  std::vector<Mention> mentions = find_mentions(doc, Lexicon::builtin(), quotes);
  std::vector<int> mention_at = mention_index(doc, mentions);
  std::vector<int> quote_at(doc.size(), -1);
  for (std::size_t q = 0; q < quotes.size(); ++q)
    for (auto i = quotes[q].first; i < quotes[q].last; ++i) quote_at[i] = static_cast<int>(q);
  CueFeatures features(doc, mention_at, quote_at);
  const Sentence& sent = doc.sentences()[0];
  auto at = [&](std::string_view w) {
    for (std::uint32_t i = 0; i < doc.size(); ++i)
      if (doc.lower(i) == w) return i;
    return std::uint32_t(doc.size());
  };
  SUBCASE("only content words outside names and quotes are scored") {
    CHECK(features.candidate(at("said"), sent));
    CHECK(features.candidate(at("agreed"), sent));
    CHECK_FALSE(features.candidate(at("sanders"), sent));  // a name
    CHECK_FALSE(features.candidate(at("win"), sent));      // quoted
    CHECK_FALSE(features.candidate(at("the"), sent));      // a function word
  }
  SUBCASE("features are deterministic and the lexicon verdict matters") {
    CueFeatures::Ids a{}, b{}, c{};
    std::size_t n = features.extract(at("said"), sent, LexiconVerdict::verb, a);
    CHECK(n > 10);
    CHECK(n <= CueFeatures::kMaxFeatures);
    CHECK(features.extract(at("said"), sent, LexiconVerdict::verb, b) == n);
    CHECK(a == b);
    features.extract(at("said"), sent, LexiconVerdict::none, c);
    CHECK(a != c);
    const CueModel& model = Lexicon::builtin().cue_model;
    CHECK(model.score(a, n) == model.score(b, n));
    CHECK(model.score(a, n) > model.score(c, n));
  }
}

TEST_CASE("cue model: extraction output is the same on every run") {
  std::string text =
      "Bernie Sanders is confident that he will win. \"It is over,\" Clinton said. Warren "
      "wants a new tax on the rich, and Donald Trump is known for his long speeches.";
  auto first = extract_article(Article{"t", text, "", "", ""}, Lexicon::builtin());
  for (int k = 0; k < 3; ++k) {
    auto again = extract_article(Article{"t", text, "", "", ""}, Lexicon::builtin());
    REQUIRE(again.attributions.size() == first.attributions.size());
    for (std::size_t a = 0; a < first.attributions.size(); ++a) {
      CHECK(again.attributions[a].cue == first.attributions[a].cue);
      CHECK(again.attributions[a].source == first.attributions[a].source);
      CHECK(again.attributions[a].content == first.attributions[a].content);
    }
  }
}
