#include "graph/text/mojibake.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "graph/extract/extractor.h"
#include "graph/text/utf8.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// `text` as a program shows it that read its UTF-8 as Windows-1252, or as Latin-1 when
/// `latin1` (Windows-1252's undefined bytes read as Latin-1 either way). Written apart from
/// graph/text/mojibake.cpp, so the tests do not share its table.
std::string misread(std::string_view text, bool latin1 = false) {
  static const char32_t kWindows1252[32] = {
      U'€', 0,    U'‚', U'ƒ', U'„', U'…', U'†', U'‡', U'ˆ', U'‰', U'Š', U'‹', U'Œ', 0, U'Ž', 0,
      0,    U'‘', U'’', U'“', U'”', U'•', U'–', U'—', U'˜', U'™', U'š', U'›', U'œ', 0, U'ž', U'Ÿ'};
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    char32_t cp = byte;
    if (!latin1 && byte >= 0x80 && byte < 0xA0 && kWindows1252[byte - 0x80])
      cp = kWindows1252[byte - 0x80];
    append_utf8(out, cp);
  }
  return out;
}

/// The text repair_mojibake makes of `text` (itself when clean).
std::string repaired(std::string_view text) {
  RepairedText r = repair_mojibake(text);
  return r.places ? r.text : std::string(text);
}

}  // namespace

TEST_CASE("mojibake: the misread forms of common characters are repaired") {
  struct Row {
    const char* name;
    std::string as_read;
    std::string meant;
  };
  const Row rows[] = {
      {"apostrophe", "Donald Trumpâ€™s campaign", "Donald Trump’s campaign"},
      {"opening quote", "â€œYes", "“Yes"},
      {"closing quote, Latin-1", "no\xC3\xA2\xC2\x80\xC2\x9D he said", "no” he said"},
      {"en dash", "2015â€“2016", "2015–2016"},
      {"em dash", "allâ€”which", "all—which"},
      {"ellipsis", "wellâ€¦", "well…"},
      {"e acute", "cafÃ©", "café"},
      {"u umlaut", "MÃ¼ller", "Müller"},
      {"n tilde", "PeÃ±a Nieto", "Peña Nieto"},
      // The lead letter decomposed (NFD): "A" and U+0303 COMBINING TILDE for "Ã".
      {"n tilde, decomposed lead", "PeA\u0303\u00B1a Nieto", "Peña Nieto"},
      {"apostrophe, decomposed lead", "Trumpa\u0302\u20AC\u2122s", "Trump’s"},
      {"capital E acute", "Ã‰mile", "Émile"},
      {"no-break space", "Trump\xC3\x82\xC2\xA0said", "Trump\xC2\xA0said"},
      {"emoji", "ok ðŸ˜€", "ok 😀"},
      {"Polish, a run of pairs", "WaÅ‚Ä™sa", "Wałęsa"},
      {"Cyrillic", "Ð¼Ð¸Ñ€", "мир"},
      {"a doubtful pair beside certain ones", "PaweÅ‚ said â€œhi", "Paweł said “hi"},
      {"misread twice", misread(misread("Trump’s")), "Trump’s"},
      {"mixed with genuine accents", "naïve cafÃ© in SÃ£o Paulo â€” voilà",
       "naïve café in São Paulo — voilà"},
  };
  for (const auto& row : rows) {
    SUBCASE(row.name) {
      CHECK(repaired(row.as_read) == row.meant);
      CHECK(count_mojibake(row.as_read) > 0);
    }
  }
}

TEST_CASE("mojibake: every character misread either way comes back") {
  const std::string meant = "“Don’t” – he said — café, Müller, Peña, 北京, 😀, Wałęsa, мир…";
  SUBCASE("Windows-1252") { CHECK(repaired(misread(meant)) == meant); }
  SUBCASE("Latin-1") { CHECK(repaired(misread(meant, true)) == meant); }
}

TEST_CASE("mojibake: genuine text is left alone") {
  const char* rows[] = {
      "plain ASCII text",
      "Ã alone",
      "SÃO PAULO",
      "naïve",
      "café",
      "Müller",
      "ÂB and Âge",                    // 'Â' before letters that are no continuation
      "pâte à la crème, château, où",  // French
      "à€ incomplete",                 // E0 needs two continuations
      "â€ cut short",                  // the undefined byte 9D dropped: not recoverable
      "à€€ overlong",                  // E0 80 80 encodes U+0000 the long way
      "í\u00A0€ surrogate",            // ED A0 80 is a UTF-16 surrogate
      "emoji 😀 and CJK 北京",
      "CAFÉ” said Gruß“ and Michał’s",  // doubtful pairs with nothing certain beside them
      "Jose\u0301 and Ren\u0303e",      // decomposed accents on genuine letters
      "A\u0303 alone, then \u0303\u00B1 with no base",
  };
  for (const char* row : rows) {
    SUBCASE(row) {
      RepairedText r = repair_mojibake(row);
      CHECK(r.places == 0);
      CHECK(r.text.empty());
      CHECK(count_mojibake(row) == 0);
    }
  }
}

TEST_CASE("mojibake: offsets in repaired text map back onto the text as read") {
  std::string as_read = "Trumpâ€™s dog, cafÃ© au lait";
  RepairedText r = repair_mojibake(as_read);
  REQUIRE(r.text == "Trump’s dog, café au lait");
  CHECK(r.places == 2);
  const RepairOffsets& o = r.offsets;
  CHECK(o.to_original(0) == 0);
  CHECK(o.to_original(5) == 5);    // ’ starts where â€™ did
  CHECK(o.to_original(6) == 8);    // and ends where it ended
  CHECK(o.to_original(16) == 18);  // é
  CHECK(o.to_original(17) == 20);
  CHECK(o.to_original(25) == count_code_points(as_read));

  SUBCASE("a decomposed lead is one character more") {
    std::string nfd = "PeA\u0303\u00B1a Nieto";  // P e A ◌̃ ± a: six code points for "Peña"
    RepairedText d = repair_mojibake(nfd);
    REQUIRE(d.text == "Peña Nieto");
    CHECK(d.offsets.to_original(2) == 2);  // ñ starts where A did
    CHECK(d.offsets.to_original(3) == 5);  // and ends where ± ended
    CHECK(d.offsets.to_original(10) == count_code_points(nfd));
  }

  SUBCASE("through two passes") {
    std::string twice = "a " + misread(misread("’")) + " b";
    RepairedText t = repair_mojibake(twice);
    REQUIRE(t.text == "a ’ b");
    CHECK(t.offsets.to_original(2) == 2);
    CHECK(t.offsets.to_original(3) == count_code_points(twice) - 2);
  }
}

TEST_CASE("mojibake: extraction reads repaired text, and its spans index the text as read") {
  std::string clean = read_file(source_path("data/examples/seed-russia-contacts.txt")) +
                      "\n\nDonald Trump’s campaign manager Paul Manafort met Sergei Ryabkov.\n";
  std::string as_read = misread(clean);
  REQUIRE(as_read != clean);
  auto extract = [](const std::string& text) {
    return extract_article(Article{"t", text, "", "", ""}, Lexicon::builtin());
  };
  ArticleExtraction want = extract(clean), got = extract(as_read);
  auto names = [](const ArticleExtraction& x) {
    std::set<std::string> out;
    for (const auto& e : x.entities) out.insert(e.name);
    return out;
  };
  CHECK(names(got) == names(want));
  CHECK(names(got).count("Donald Trump") == 1);
  REQUIRE(got.relations.size() == want.relations.size());

  std::u32string cps = to_code_points(as_read);
  auto slice = [&](Span s) { return code_point_slice(cps, s.start, s.end); };
  for (const auto& r : got.relations) {
    CHECK(slice(r.evidence) == r.evidence_text);
    CHECK(slice(r.cue) == r.cue_text);
  }
  for (std::size_t i = 0; i < got.relations.size(); ++i)
    CHECK(repaired(got.relations[i].evidence_text) == want.relations[i].evidence_text);
  for (const auto& e : got.entities)
    for (const auto& m : e.mentions) CHECK(m.end <= cps.size());
  const Entity* trump = nullptr;
  for (const auto& e : got.entities)
    if (e.name == "Donald Trump") trump = &e;
  REQUIRE(trump != nullptr);
  CHECK(slice(trump->mentions.back()) == "Donald Trump");
}
