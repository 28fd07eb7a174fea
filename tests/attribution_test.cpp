#include "graph/extract/attribution.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "attribution_text.h"
#include "graph/extract/extractor.h"
#include "graph/text/utf8.h"

using namespace claimgraph;

using claimgraph::test::attributions;

TEST_CASE("attribution: sources, cues and contents as PolNeAR marks them") {
  struct Row {
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"Sen. Ted Cruz said the deal was bad.", "Sen. Ted Cruz | said | the deal was bad"},
      {"\"It was a mistake,\" Cruz said.", "Cruz | said | It was a mistake,"},
      {"\"It was a mistake,\" said Ted Cruz.", "Ted Cruz | said | It was a mistake,"},
      {"According to the newspaper, the talks failed.",
       "the newspaper | According to | the talks failed"},
      {"The talks failed, according to Reuters.", "Reuters | according to | The talks failed"},
      {"Cruz has said that he will win.", "Cruz | has said | that he will win"},
      {"Cruz also said in a statement that he will win.",
       "Cruz | also said in a statement | that he will win"},
      {"A spokesman for the campaign said it would appeal.",
       "A spokesman for the campaign | said | it would appeal"},
      {"Some Democratic strategists fear that Clinton has lost.",
       "Some Democratic strategists | fear | that Clinton has lost"},
      {"Doug Usher, director of research at the firm, said the poll was wrong.",
       "Doug Usher, director of research at the firm, | said | the poll was wrong"},
      {"Susan Sarandon, 69, told reporters she would not vote.",
       "Susan Sarandon | told | she would not vote"},
      {"Jerry Sexton, after previous rallies, wrote that he was surprised.",
       "Jerry Sexton | wrote | that he was surprised"},
      {"The baby is expected to arrive in July.", "- | is expected | The baby + to arrive in July"},
      {"The talks went well, Sergei Ryabkov said.", "Sergei Ryabkov | said | The talks went well"},
      {"''It is all lies,'' Mr. Putin said.", "Mr. Putin | said | It is all lies,"},
      {"Sen. Marco Rubio (R-Fla.) said the deal was bad.",
       "Sen. Marco Rubio (R-Fla.) | said | the deal was bad"},
      {"Ted Cruz met donors but said nothing.", "Ted Cruz | said | nothing"},
      {"Asked whether he would run, Ted Cruz said no.", "- | Asked | whether he would run"},
      {"Ted Cruz said no.", "Ted Cruz | said | no"},
      {"Ted Cruz told Megyn Kelly on Monday that he will win.",
       "Ted Cruz | told | that he will win"},
      {"Most voters said they liked him, while others stayed home.",
       "Most voters | said | they liked him"},
      {"Ted Cruz met voters and added that the race was close.",
       "Ted Cruz | added | that the race was close"},
      {"Trump is expected to win the state.", "- | is expected | Trump + to win the state"},
      {"In his state, he said, offenders are sent to treatment.",
       "he | said | In his state + offenders are sent to treatment"},
      {"Cruz asked about the deal.", "Cruz | asked about | the deal"},
      {"Sanders has argued against the trade pact.",
       "Sanders | has argued against | the trade pact"},
      {"Cruz said that \"the deal was bad\" and would fail.",
       "Cruz | said | that \"the deal was bad\" and would fail"},
      {"Sen. Tim Kaine, who worked for Barack Obama in the primary and then on into the general "
       "election as a staffer in Iowa, said tensions were high.",
       "Sen. Tim Kaine, who worked for Barack Obama in the primary and then on into the general "
       "election as a staffer in Iowa, | said | tensions were high"},
      {"Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the group \"abhorrent\" "
       "on Sunday.",
       "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful | called | the group "
       "\"abhorrent\" on Sunday"},
      {"Trump praised the plan and later said it would pass.", "Trump | praised | the plan"},
      {"The Trump campaign on Tuesday responded that it had grown.",
       "The Trump campaign | responded | that it had grown"},
      {"Cruz rejected the idea that he would quit.",
       "Cruz | rejected | the idea that he would quit"},
      {"Many said they would vote.", "Many | said | they would vote"},
      {"Clinton told Nevadans: \"This one is for you.\"", "Clinton | told | This one is for you."},
      {"\"It is a threat,\" said Rita Katz, the director of SITE Intelligence Group.",
       "Rita Katz, the director of SITE Intelligence Group | said | It is a threat,"},
      {"The plan was criticized by several senators on Monday.",
       "several senators | was criticized | The plan"},
      {"Cruz did not say whether he would run.", "Cruz | did not say | whether he would run"},
      {"Clinton has never publicly blamed the agency.",
       "Clinton | has never publicly blamed | the agency"},
      {"Ted Cruz met voters and later said that the race was close.",
       "Ted Cruz | later said | that the race was close"},
      // The opening phrase must name someone (a place is not a mention).
      {"Voters who came to Ted Cruz's rallies this week in Iowa and across the region, said they "
       "had no problem with it.",
       "Voters who came to Ted Cruz's rallies this week in Iowa and across the region | said | "
       "they had no problem with it"},
      {"The party seemed to acknowledge the problem.",
       "The party | seemed to acknowledge | the problem"},
      {"Ted Cruz ended the debate by saying that he would win.",
       "Ted Cruz | saying | that he would win"},
      {"Trump criticized the deal, saying it was a disaster.", "Trump | criticized | the deal"},
      {"Cruz said the deal was bad, the Times reported.",
       "the Times | reported | Cruz said the deal was bad"},
      {"Cruz said he kept a \"burn bag,\" the Times reported.",
       "Cruz | said | he kept a \"burn bag,"},
  };
  for (const auto& row : rows) {
    SUBCASE(row.text) {
      auto found = attributions(row.text);
      CHECK(std::find(found.begin(), found.end(), row.expected) != found.end());
      for (const auto& f : found) MESSAGE(f);
    }
  }
}

TEST_CASE("attribution: nouns and names are not cues") {
  struct Row {
    const char* text;
  };
  const Row rows[] = {{"The United States imposed sanctions on Russia."},
                      {"Their support for the plan was overwhelming."},
                      {"The show was over by midnight."},
                      {"She sponsors a competition called the House to Home Prize."},
                      {"Hundreds more showed up to hear Jill Stein."}};
  for (const auto& row : rows) {
    SUBCASE(row.text) { CHECK(attributions(row.text).empty()); }
  }
}

TEST_CASE("attribution: a participle after a comma shares the speaker") {
  auto found = attributions(
      "\"He stands for the middle class,\" Anderson said, adding that Sanders is honest.");
  CHECK(std::find(found.begin(), found.end(), "Anderson | adding | that Sanders is honest") !=
        found.end());
}

TEST_CASE("attribution: a quote opening the next paragraph continues only an unclosed quote") {
  auto open = attributions(
      "\"We will win,\" Cruz said. \"We have the votes.\n\n\"And we have the money.\"");
  REQUIRE(open.size() == 1);
  CHECK(open[0] == "Cruz | said | We will win, + We have the votes. + And we have the money.");
  auto closed = attributions("\"We will win,\" Cruz said.\n\n\"And we have the money.\"");
  REQUIRE(closed.size() == 1);
  CHECK(closed[0] == "Cruz | said | We will win,");
}

TEST_CASE("attribution: a nested attribution is kept only for a speaker of its own") {
  auto same = attributions("Ted Cruz said that he wants a wall on the border.");
  REQUIRE(same.size() == 1);
  CHECK(same[0] == "Ted Cruz | said | that he wants a wall on the border");
  // Found for the relations (a speaker of its own), but PolNeAR marks only the outermost
  // attribution, so the output leaves it out.
  std::string text = "According to CNN, Sen. Lindsey Graham said he met with officials.";
  Document doc(text, [](std::string_view) { return false; });
  auto quotes = find_quotes(doc);
  auto mentions = find_mentions(doc, Lexicon::builtin(), quotes);
  EntityResolver resolver(doc, Lexicon::builtin(), mentions);
  auto found = find_attributions(doc, Lexicon::builtin(), mentions, quotes, resolver);
  CHECK(found.size() == 2);
  auto other = attributions(text);
  REQUIRE(other.size() == 1);
  CHECK(other[0] == "CNN | According to | Sen. Lindsey Graham said he met with officials");
  auto x = extract_article(Article{"t", text, "", "", ""}, Lexicon::builtin());
  CHECK(std::any_of(x.relations.begin(), x.relations.end(),
                    [](const Relation& r) { return r.kind == RelationKind::reported_by; }));
}

TEST_CASE("attribution: a participle's subject is not a name inside a prepositional phrase") {
  auto found = attributions(
      "On Thursday, he expanded his calls for surveillance of the Muslim community in the "
      "United States, warning followers that attacks would come.");
  CHECK(std::find(found.begin(), found.end(), "he | warning | that attacks would come") !=
        found.end());
  for (const auto& f : found) MESSAGE(f);
}

TEST_CASE("attribution: a title-case headline has its cue") {
  auto found = attributions("Francois Hollande Says Donald Trump Makes You Want To Retch\n\nText.");
  CHECK(std::find(found.begin(), found.end(),
                  "Francois Hollande | Says | Donald Trump Makes You Want To Retch") !=
        found.end());
  for (const auto& f : found) MESSAGE(f);
}

TEST_CASE("attribution: a later quote in the paragraph continues a quote, not a paraphrase") {
  auto quoted = attributions("\"We will win,\" Cruz said. \"We have the votes.\"");
  REQUIRE(quoted.size() == 1);
  CHECK(quoted[0] == "Cruz | said | We will win, + We have the votes.");
  auto paraphrase = attributions("Cruz said he would win. \"We have the votes.\"");
  REQUIRE(paraphrase.size() == 1);
  CHECK(paraphrase[0] == "Cruz | said | he would win");
}

TEST_CASE("attribution: a name closed by a comma heads its source, not its appositive") {
  struct Row {
    std::string text;
    std::string speaker;
  };
  const Row rows[] = {
      {"Dana Whitfield, the chief executive of Northwind Shipping Company, told reporters that she "
       "met "
       "the governor.",
       "person:dana-whitfield"},
      {"A spokesman for Northwind Shipping Company, Dana Whitfield, said the talks were routine.",
       "person:dana-whitfield"},
      {"Northwind Shipping Company spokesman Dana Whitfield said the talks were routine.",
       "person:dana-whitfield"},
      {"Dana Whitfield, a spokeswoman for Northwind Shipping Company, said the talks were routine.",
       "person:dana-whitfield"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    auto x = extract_article(Article{"t", row.text, "", "", ""}, Lexicon::builtin());
    REQUIRE(x.attributions.size() == 1);
    REQUIRE(x.attributions[0].speaker);
    CHECK(x.entities[*x.attributions[0].speaker].id == row.speaker);
  }
}
