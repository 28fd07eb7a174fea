#include "graph/extract/extractor.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "graph/eval/graph_eval.h"
#include "graph/text/utf8.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

ArticleExtraction run(const std::string& text, const std::string& id = "t") {
  return extract_article(Article{id, text, "", "", ""}, Lexicon::builtin());
}

/// "kind Source -> Target" for every relation, plus " by Claimant" and " via Outlet" when set.
std::vector<std::string> relations(const ArticleExtraction& x) {
  std::vector<std::string> out;
  for (const auto& r : x.relations) {
    std::string s = std::string(to_string(r.kind)) + " " + x.entities[r.source].name + " -> " +
                    x.entities[r.target].name;
    if (r.claimant) s += " by " + x.entities[*r.claimant].name;
    if (r.outlet) s += " via " + x.entities[*r.outlet].name;
    out.push_back(s);
  }
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

const Entity* entity_named(const ArticleExtraction& x, const std::string& name) {
  for (const auto& e : x.entities)
    if (e.name == name) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("extract: relation patterns beyond the example") {
  struct Row {
    const char* text;
    const char* relation;
  };
  const Row rows[] = {
      {"FBI Director James Comey met with Attorney General Loretta Lynch on Tuesday.",
       "affiliation James Comey -> Federal Bureau of Investigation"},
      {"FBI Director James Comey met with Loretta Lynch on Tuesday.",
       "contact James Comey -> Loretta Lynch"},
      {"Paul Manafort denied that he had ties to the Ukrainian government.",
       "denial Paul Manafort -> Ukrainian government"},
      {"Clinton spokesman Brian Fallon said the campaign had no contact with WikiLeaks.\n\n"
       "Earlier, the Clinton campaign met with donors.",
       "denial Clinton campaign -> WikiLeaks by Brian Fallon"},
      {"According to CNN, Sen. Lindsey Graham said he met with Chinese officials.",
       "reported_by Lindsey Graham -> CNN"},
      {"\"We never talked to them,\" Jared Kushner told Reuters.",
       "reported_by Jared Kushner -> Reuters"},
      {"In a Bloomberg interview, Donald Trump declared that NATO was obsolete.",
       "reported_by Donald Trump -> Bloomberg News"},
      {"John Dickey, the chief executive of Ora Media, said the show was popular.",
       "affiliation John Dickey -> Ora Media"},
      {"The network hired Michael McFaul, a senior fellow at the Hoover Institution.",
       "affiliation Michael McFaul -> Hoover Institution"},
      {"Still, the RT editor in chief, Margarita Simonyan, conveyed her regrets.",
       "affiliation Margarita Simonyan -> RT"},
      {"Larry King differed from Ed Schultz, who works directly for RT.",
       "affiliation Ed Schultz -> RT"},
      {"Speaker of the House Newt Gingrich praised the plan.",
       "affiliation Newt Gingrich -> House of Representatives"},
      {"Barack Obama said after meeting with Vladimir Putin that talks went well.",
       "contact Barack Obama -> Vladimir Putin"},
      {"Senate Majority Leader Mitch McConnell says he spoke to Republican front-runner Donald "
       "Trump.",
       "contact Mitch McConnell -> Donald Trump by Mitch McConnell"},
      {"Democratic presidential candidate Hillary Clinton spoke.",
       "affiliation Hillary Clinton -> Democratic Party"},
      // The subject across an appositive, through "he", and joined by "and".
      {"Paul Manafort, a former partner of Roger Stone, met with Viktor Yanukovych in 2013.",
       "contact Paul Manafort -> Viktor Yanukovych"},
      {"Donald Trump's trip to Mexico ended after he met with Enrique Pena Nieto.",
       "contact Donald Trump -> Enrique Pena Nieto"},
      {"Michael Flynn and Sergey Kislyak met in December.",
       "contact Sergey Kislyak -> Michael Flynn"},
      // Each party of a coordination, a titled one included.
      {"Hillary Clinton spoke with Roy Cooper and Rep. Alma Adams on Friday.",
       "contact Hillary Clinton -> Alma Adams"},
      // Forms generated from WordNet, passives with their agent, nouns with their party.
      {"Jeff Sessions was contacted by Sergey Kislyak twice.",
       "contact Jeff Sessions -> Sergey Kislyak"},
      {"Roger Stone telephoned Julian Assange last summer.",
       "contact Roger Stone -> Julian Assange"},
      {"Donna Brazile wrote to Debbie Wasserman Schultz about the debate.",
       "contact Donna Brazile -> Debbie Wasserman Schultz"},
      {"Rex Tillerson had a dinner with Igor Sechin in 2012.",
       "contact Rex Tillerson -> Igor Sechin"},
      // Denials: the denier through "he", a predicate, a negated role, a claim taken up.
      {"Donald Trump spoke on Monday. He has denied that Russia was responsible.",
       "denial Donald Trump -> Russian government"},
      {"Donald Trump called the report of his meeting with Vladimir Putin a hoax.",
       "denial Donald Trump -> Vladimir Putin by Donald Trump"},
      {"Jason Miller told The Hill that Carter Page is \"not an adviser.\"",
       "denial Jason Miller -> Carter Page by Jason Miller via The Hill"},
      {"Larry King is not an employee of RT.", "denial Larry King -> RT"},
      {"The Times and the Gannett chain filed a motion. Judge Frank Nervo rejected that "
       "argument.",
       "denial Frank Nervo -> Gannett"},
      {"Jeff Sessions said there was no contact with Sergey Kislyak.",
       "denial Jeff Sessions -> Sergey Kislyak by Jeff Sessions"},
      {"Hillary Clinton's campaign has asked NBC's Lester Holt to check the facts.",
       "contact Clinton campaign -> Lester Holt"},
      // A reduced relative's agent, and money ties an outlet has.
      {"RT America is part of Russia Today, the global network financed by the Russian government.",
       "contact RT -> Russian government"},
      // Claimants: an unnamed source as a group, an outlet told, a block an outlet opens.
      {"Carter Page met with Igor Sechin in July, a well-placed Western intelligence source "
       "tells Yahoo News.",
       "contact Carter Page -> Igor Sechin by well-placed Western intelligence source via Yahoo "
       "News"},
      {"Carter Page met with Igor Sechin in July, his top adviser told Yahoo News.",
       "contact Carter Page -> Igor Sechin via Yahoo News"},
      {"According to Yahoo News, which first broke the story:\n\nSenator Harry Reid wrote to "
       "James Comey.\n\nCarter Page met Vladimir Putin.",
       "contact Harry Reid -> James Comey via Yahoo News"},
      {"According to Yahoo News, which first broke the story:\n\nSenator Harry Reid wrote to "
       "James Comey.\n\nCarter Page met Vladimir Putin.",
       "contact Carter Page -> Vladimir Putin"},
      // Appositive roles: opened by the role itself, past a role's own complement, past an
      // adjective before the name, in a relative clause, before the name it renames.
      {"In August, Hope Hicks, spokeswoman for the Trump campaign, confirmed it.",
       "affiliation Hope Hicks -> Trump campaign"},
      {"Carmel Martin, executive vice president for policy for the Center for American "
       "Progress, said so.",
       "affiliation Carmel Martin -> Center for American Progress"},
      {"Michael Tanner, an analyst at the libertarian Cato Institute, said so.",
       "affiliation Michael Tanner -> Cato Institute"},
      {"Page met Igor Sechin, a Putin associate and former deputy prime minister who is now the "
       "executive chairman of Rosneft.",
       "affiliation Igor Sechin -> Rosneft"},
      {"At a press conference, the head of the FBI's field office, Bill Sweeney, spoke.",
       "affiliation Bill Sweeney -> Federal Bureau of Investigation"},
      {"Reince Priebus, the chairman of the Republican National Committee, spoke.",
       "affiliation Reince Priebus -> Republican National Committee"},
      // Verbs of holding a post (WordNet's "be in charge of"), an organisation's possessive.
      {"Igor Sechin, who heads Rosneft, met Carter Page.", "affiliation Igor Sechin -> Rosneft"},
      {"Paul Manafort, who ran the Trump campaign, resigned.",
       "affiliation Paul Manafort -> Trump campaign"},
      {"Carter Page now runs a consulting firm, Global Energy Capital.",
       "affiliation Carter Page -> Global Energy Capital"},
      {"Tom Brokaw, NBC's longtime anchor, said the race was close.",
       "affiliation Tom Brokaw -> NBC News"},
      {"NBC's Lester Holt moderated the first debate.", "affiliation Lester Holt -> NBC News"},
      // A title's modifier named as an organisation by its suffix, or across the words of the
      // post's field.
      {"Hillary Clinton's campaign responded. Clinton communication director Jennifer Palmieri "
       "said Trump was reduced to taunts.",
       "affiliation Jennifer Palmieri -> Clinton campaign"},
      {"Oregon State Patrol spokeswoman Kayla Hawkins said the road was closed.",
       "affiliation Kayla Hawkins -> Oregon State Patrol"},
      // A partial quote inside the clause still names the party after it.
      {"Sergei Ryabkov said \"there were contacts\" with the Trump campaign.",
       "contact Sergei Ryabkov -> Trump campaign by Sergei Ryabkov"},
      // A reporting line ending in a colon claims the paragraph after it.
      {"The Associated Press reports:\nPaul Manafort met with Viktor Yanukovych in Kiev.\n",
       "contact Paul Manafort -> Viktor Yanukovych by Associated Press via Associated Press"},
      // A publishing verb with a report noun is a cue; a headline joins names with a comma.
      {"Reuters ran a long story: Michael Flynn spoke with Sergey Kislyak in December.",
       "contact Michael Flynn -> Sergey Kislyak by Reuters via Reuters"},
      {"Politico had a blunt headline today (since changed): Kerry, Lavrov meet in Geneva.",
       "contact Lavrov -> Kerry by Politico via Politico"},
  };
  for (const auto& row : rows) {
    SUBCASE(row.text) {
      auto found = relations(run(row.text));
      INFO("found: " << doctest::toString(found.size()) << " relations");
      for (const auto& f : found) INFO(f);
      CHECK(has(found, row.relation));
    }
  }
}

TEST_CASE("extract: what a relation must not be read from") {
  struct Row {
    const char* text;
    const char* prefix;  ///< no relation may start with this
  };
  const Row rows[] = {
      {"Adam Schiff called on Barack Obama to act against Russia.", "contact"},
      // A comma pairs names only where the pair opens the clause, as in a headline.
      {"Despite Lavrov, Kerry met for an hour on Monday.", "contact"},
      {"Officials from Finland joined discussions of policy toward Russia.", "contact"},
      {"Ed Schultz likened RT to the BBC.", "reported_by"},
      {"Ed Schultz said he did not support Donald Trump during his time on MSNBC.", "reported_by"},
      {"The Latvian journalist Dainis Ivans said he feared a pact.", "affiliation"},
      {"The Mexican billionaire Carlos Slim owns a stake.", "affiliation"},
      {"Michael Haltzel is Senior Fellow at the Center for Transatlantic Relations.", "contact"},
      {"Florida Rep. Debbie Wasserman Schultz stepped down.", "affiliation"},
      {"Florida's Secretary of State Ken Detzner sent out a statement.", "affiliation"},
      {"White House Correspondent Julie Pace filed the story.", "affiliation"},
      {"Cruz met with Republican senators, dismissing them as a cartel.",
       "denial Republican Party"},
      {"Sen. Pat Toomey (R-Pa.) refused to campaign with Ted Cruz.", "denial R-Pa"},
      {"Bill Clinton calls Obamacare \u2018a crazy system\u2019 at a rally.", "contact"},
      {"Campaign communications director Jason Miller said the plan was sound.", "contact"},
      {"In a CNN interview, Donald Trump praised Vladimir Putin.", "contact"},
      {"Sweden and Finland took part in discussions of policy toward Russia.", "contact"},
      {"Donald Trump spoke. He has surrounded himself with advisers, some of whom have ties to "
       "Russia.",
       "contact"},
      {"Rex Tillerson attended the dinner in Moscow.", "contact"},
      {"Donald Trump cancelled a meeting with Enrique Pena Nieto.", "contact"},
      {"Roger Altman was head of the hedge fund Evercore Partners.", "contact"},
      {"The referendum was called by the Swiss People's Party in May.", "contact"},
      {"Ryan championed an agenda that has drawn Donald Trump's scorn.", "denial"},
      {"On Monday, Donald Trump refused to endorse Paul Ryan, who was asked to meet him.",
       "denial"},
      {"\"If Donald Trump is not the nominee, we will lose,\" Richard Viguerie says.", "denial"},
      {"The campaign said the report excluded the meetings Hillary Clinton had with donors.",
       "contact Clinton campaign"},
      {"Corey Lewandowski has denied that, and he and Donald Trump still speak.", "denial"},
      {"Jill Stein did not meet the Commission on Presidential Debates' threshold.", "denial"},
      {"\"I cannot be part of a network funded by the Russian government,\" Liz Wahl said.",
       "contact"},
      {"Corey Lewandowski, now a paid CNN commentator, still speaks to reporters.", "contact"},
      {"Chris Ripley said at a conference hosted by Goldman Sachs that spending fell.", "contact"},
      {"India and Pakistan argue over a leader of a group called Lashkar-e-Taiba.", "contact"},
      {"Josh Earnest said, \"Since the first day he has been open to working with Democrats.\"",
       "contact"},
      {"Vladimir Putin denied ties to the hacking of Colin Powell's emails.", "contact"},
      {"Clinton communication director Jennifer Palmieri said the plan was sound.", "contact"},
      {"Hillary Clinton declined to meet Vladimir Putin.", "contact"},
      {"Three Walmart workers in Georgia refused to decorate a cake.", "denial"},
      {"Donald Trump made false claims about Hillary Clinton.", "denial"},
      {"Egypt was rejected by Hillary Clinton, aides said.", "denial Egyptian government"},
      // A role followed by "'s" is another's; a possessive before a lone word names a thing;
      // "who" after another person's name is theirs; a role inside a prepositional phrase
      // renames no one, nor one that is another name's appositive; a verb of holding a post
      // needs an organisation it does not merely modify; one modifier before a name, not a
      // clause; a possessive names a person only by a name known to be one.
      {"Ivanka Trump, the Republican presidential nominee's eldest daughter, spoke.",
       "affiliation"},
      {"His policies align with Russia's Christmas list.", "affiliation"},
      {"Melania Trump, the wife of Donald Trump who heads the Trump Organization, spoke.",
       "affiliation Melania Trump"},
      {"In a letter to the head of the FBI, Harry Reid wrote to him.", "affiliation"},
      {"Donald Trump leads Hillary Clinton in Ohio.", "affiliation"},
      {"Donald Trump leads the Republican field among Millennials.", "affiliation"},
      {"Sen. Marco Rubio leads Democratic Rep. Patrick Murphy by 9 points.",
       "affiliation Marco Rubio -> Democratic"},
      {"Allies include Madeleine Albright, Planned Parenthood CEO Cecile Richards and others.",
       "affiliation Madeleine Albright -> Planned Parenthood"},
      {"The Republican presidential nominee Monday praised Egypt's ruler, Abdel Fattah al-Sisi, "
       "at length.",
       "affiliation Abdel Fattah al-Sisi"},
      {"Mr. Trump's comments signal a turnabout from Amazon's experience under President Obama.",
       "affiliation Obama"},
      {"Experts agree that China's Silk Road plan has more clout.", "affiliation"},
      {"Led by Council Speaker Melissa Mark-Viverito, the rally denounced Republican presidential "
       "candidate Donald Trump.",
       "affiliation Melissa"},
      {"Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, "
       "L'Osservatore Romano, wrote about it.",
       "affiliation L'Osservatore"},
      // Quoted speech set off by a comma is not its frame's clause.
      {"Kellyanne Conway said after the meeting, \"Donald Trump supports the plan.\"", "contact"},
  };
  for (const auto& row : rows) {
    SUBCASE(row.text) {
      for (const auto& f : relations(run(row.text))) {
        INFO(f);
        CHECK(f.rfind(row.prefix, 0) != 0);
      }
    }
  }
}

TEST_CASE("extract: a title's own body is a fallback, never beside a stated affiliation") {
  auto found = relations(
      run("Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, spoke."));
  CHECK(has(found, "affiliation Adam Schiff -> House Intelligence Committee"));
  CHECK_FALSE(has(found, "affiliation Adam Schiff -> House of Representatives"));
  CHECK(has(relations(run("Rep. Adam Schiff spoke on Tuesday.")),
            "affiliation Adam Schiff -> House of Representatives"));
}

TEST_CASE("extract: negation turns a contact into a denial, never the reverse") {
  auto found =
      relations(run("Hope Hicks said the campaign had no contact with Russian officials. "
                    "The Trump campaign spokesperson Hope Hicks works for the Trump campaign."));
  for (const auto& f : found) CHECK(f.rfind("contact ", 0) != 0);
  auto hedged = run("Russian officials might have had ties to the Trump campaign.");
  REQUIRE(hedged.relations.size() == 1);
  CHECK(hedged.relations[0].kind == RelationKind::contact);
  CHECK(hedged.relations[0].stance == Stance::hedged);
}

TEST_CASE("extract: entities merge their mentions - furniture and places are not entities") {
  std::string text =
      "Image via WikiCommons\n\nSergei Ryabkov spoke in Moscow. Ryabkov said the talks went "
      "well.\n\n"
      "He added that he met Donald Trump.\n\nLatest in Life";
  auto x = run(text);
  const Entity* ryabkov = entity_named(x, "Sergei Ryabkov");
  REQUIRE(ryabkov != nullptr);
  CHECK(ryabkov->kind == EntityKind::person);
  CHECK(ryabkov->aliases == std::vector<std::string>{"Ryabkov"});
  CHECK(ryabkov->mentions.size() == 2);
  CHECK(entity_named(x, "WikiCommons") == nullptr);
  CHECK(entity_named(x, "Life") == nullptr);
  CHECK(entity_named(x, "Russian government") == nullptr);  // "in Moscow" is a place here
  // "He added" resolves to Ryabkov, so the contact is his and Trump's.
  CHECK(has(relations(x), "contact Sergei Ryabkov -> Donald Trump by Sergei Ryabkov"));
}

TEST_CASE("extract: names, honorifics, places and laws") {
  struct Row {
    const char* text;
    const char* entity;  ///< "Name|kind" that must exist, or "!Name" that must not
  };
  const Row rows[] = {
      {"Ed Schultz joined RT. Mr. Schultz said he was happy.", "!Mr. Schultz"},
      {"Ed Schultz joined RT. Mr. Schultz said he was happy.", "Ed Schultz|person"},
      {"Last week Larry King spoke on RT. Mr. King said he was free.", "Larry King|person"},
      {"Last week Larry King spoke on RT. Mr. King said he was free.", "!Mr."},
      {"Florida Rep. Debbie Wasserman Schultz met Adam Schiff.", "!Florida"},
      {"The California congressman met Adam Schiff in Crimea.", "!Crimea"},
      {"Manhattan Supreme Court Justice Frank Nervo rejected the request.",
       "Manhattan Supreme Court|government"},
      {"Kamala Lopez called for the Equal Rights Amendment to pass.", "!Equal Rights Amendment"},
      {"Michael Haltzel is a fellow at the Center for Transatlantic Relations.",
       "Center for Transatlantic Relations|organization"},
      {"Leaders of the Central and East European Coalition met Hillary Clinton.",
       "Central and East European Coalition|organization"},
      {"Donald and Ivana Trump divorced. Ivana Trump said Trump had lied.", "Ivana Trump|person"},
      // A lone ordinary word, with no full name, title or honorific behind it, is no person.
      {"Officials said the Civil War monument would stay. War critics said it was an insult.",
       "!War"},
      {"A Western diplomat said the talks failed.", "!Western"},
      {"Gina Ortiz met the mayor. Ortiz said the talks failed.", "Gina Ortiz|person"},
      // A rare word that is mostly a surname in news still names its person alone.
      {"On Monday, Sessions said he met the envoy.", "Sessions|person"},
      // Words for a kind of people (WordNet's capitalised non-instances) are no one.
      {"Kurdish fighters met Gina Ortiz, and Latino voters met her too.", "!Kurdish"},
      {"Kurdish fighters met Gina Ortiz, and Latino voters met her too.", "!Latino"},
      // A town with its state, a street, a WordNet place: where, not who.
      {"Three workers in Millbrook, Georgia met Gina Ortiz.", "!Millbrook"},
      {"Three workers in Millbrook, Georgia met Gina Ortiz.", "!Georgian government"},
      {"The store on Willow Drive hosted Gina Ortiz.", "!Willow Drive"},
      {"Gina Ortiz met the mayor in Baton Rouge.", "!Baton Rouge"},
      // Capital initials are a group or a firm, kept when something involves them.
      {"Gina Ortiz met DFA leaders and said DFA paid her.", "DFA|organization"},
      {"Gina Ortiz said the LGBT vote mattered.", "!LGBT"},
      // A name no first name or title makes a person is a company in a company's context.
      {"Three Brenmart workers refused, Gina Ortiz said.", "Brenmart|organization"},
      {"Gina Ortiz met Brenmart after a Brenmart closed.", "Brenmart|organization"},
      {"Bill Clinton met a Trump supporter at a coffee shop.", "Trump|person"},
      {"Ohio State University professor Jane Roe met Gina Ortiz.",
       "Ohio State University|organization"},
      {"Jane Roe met Gina Ortiz in Bucks County.", "!Bucks County"},
      {"Jane Roe met Gina Ortiz in Terre Haute.", "!Terre Haute"},
      {"SGA President Jane Roe met Gina Ortiz.", "SGA|organization"},
      // A surname without its particle is still the person's: "Sisi" after "el-Sisi".
      {"President Abdel Fattah el-Sisi met Gina Ortiz. Sisi said it went well.", "!Sisi"},
      {"Brenmart CEO John Stumpf met Gina Ortiz.", "Brenmart|organization"},
      {"Gina Ortiz met Brenmart, which paid her.", "Brenmart|organization"},
      {"Ortiz met Gina Ortiz's lawyer, and Ortiz workers cheered.", "Gina Ortiz|person"},
      // Where capitals prove no name: a title-case headline, after "the", ordinary words.
      {"Brenmart Makes Final Offer To Gina Ortiz.", "!Brenmart"},
      {"Gina Ortiz met Brenmart and she said no.", "Brenmart|person"},
      {"Gina Ortiz said relations with the Brenmart improved.", "!Brenmart"},
      {"The Brenmart chief executive, Jo Vance, met Gina Ortiz.", "Brenmart|organization"},
      {"Officer Jo Vance was placed on Administrative Leave, Gina Ortiz said.",
       "!Administrative Leave"},
      // A word for a company beside the name makes it one; a person's company does not.
      {"Gina Ortiz met drugmaker Brenmart.", "Brenmart|organization"},
      {"Gina Ortiz met a supplement maker called Brenmart.", "Brenmart|organization"},
      {"Gina Ortiz met Brenmart steel company executives.", "Brenmart|organization"},
      {"The Brenmart newspaper chain met Gina Ortiz.", "Brenmart|organization"},
      {"Gina Ortiz met lawmaker Brenmart.", "Brenmart|person"},
      {"Gina Ortiz met Brenmart, and Brenmart's company paid her.", "Brenmart|person"},
      {"Gina Ortiz met Botox-maker Brenmart.", "Brenmart|organization"},
      {"Gina Ortiz met Botox-maker Brenmart.", "!Botox-maker Brenmart"},
      // A party word before a title's modifier, a hashtag, a law, an airport: no one.
      {"Republican communications strategist Jo Vance met Gina Ortiz.",
       "!Republican communications"},
      {"Gina Ortiz told #BrenmartOrBust fans to vote.", "!BrenmartOrBust"},
      {"Dream Act activist Jo Vance met Gina Ortiz.", "!Dream Act"},
      {"Gina Ortiz spoke with Jo Vance at Millbrook County Airport.", "!Millbrook County Airport"},
      // A stop word after a first name is a surname; a family is none of its people.
      {"In a call, Brenmart chief executive Ian Read said the deal was good.", "Ian Read|person"},
      {"Bill Clinton met Jo Vance, who has ties to both Clintons, on Monday.", "!Clintons"},
      // A name that is all of a quotation is a work's title; a plural that names no people
      // is no group; an ordinary plural before a title is no one.
      {"Gina Ortiz said the label was called after he dropped \"BRNX.\"", "!BRNX"},
      {"The meeting shows the importance the U.S. places on Egypt, Gina Ortiz said.",
       "!U.S. places"},
      {"Russian oligarchs met Gina Ortiz.", "Russian oligarchs|group"},
      {"Alabama Securities Commissioner Jo Vance met Gina Ortiz.", "!Securities"},
      // Organisation names through the plurals kept out of names elsewhere; "International".
      {"Gina Ortiz met the Service Employees International Union on Monday.",
       "Service Employees International Union|organization"},
      {"Jo Vance of the Brenmart Center for Scholars met Gina Ortiz.",
       "Brenmart Center for Scholars|organization"},
      {"Brenmart International spokesman Jo Vance met Gina Ortiz.",
       "Brenmart International|organization"},
      // A quoted title-case headline: the name is given names and one surname.
      {"Her campaign sent an email stating, \u201cSpeaker Gina Ortiz Joins Growing List of "
       "Critics Rebuking Jo Vance.\u201d",
       "Gina Ortiz|person"},
      {"Brenmart PAC Chief Praises Gina Ortiz For Her Stand.", "Gina Ortiz|person"},
      // Titles in a row are one title; a plural opening a sentence describes the name after.
      {"He told his boss, Brenmart Deputy Executive Director Jo Vance, about it.", "!Executive"},
      {"He told his boss, Brenmart Deputy Executive Director Jo Vance, about it.",
       "Jo Vance|person"},
      {"Moderators Robert Vance and Gina Ortiz met the candidates.", "Robert Vance|person"},
      // A possessive before an executive's title is a company's; not after "the".
      {"Brenmart's chief executive, Jo Vance, met Gina Ortiz.", "Brenmart|organization"},
      {"Gina Ortiz said the Brenmart's leader, Jo Vance, had lied.", "!Brenmart"},
      {"Gina Ortiz said PACs paid Jo Vance.", "!PACs"},
      // A one-word known name, country or title after a lone first name is a surname.
      {"Gina Ortiz spoke with the radio host Howard Stern.", "Howard Stern|person"},
      {"Gina Ortiz met Vernon Jordan on Monday.", "Vernon Jordan|person"},
      {"Representative Peter T. King met Gina Ortiz.", "Peter T. King|person"},
      // A month cut short and initials written as a word are no one.
      {"On Jan. 20, Gina Ortiz met Jo Vance.", "!Jan."},
      {"Gina Ortiz met TV and Brenmart on Monday.", "!TV"},
      // A station's call sign is an outlet; an office is not its holder; "and" after a
      // complete organisation's name begins another.
      {"Jo Vance spoke to KSTP-TV at a firearms shop.", "KSTP-TV|outlet"},
      {"Jo Vance, a reporter for WCCB, met Gina Ortiz.", "WCCB|outlet"},
      {"Chief of Naval Personnel Vice Adm. Jo Vance met Gina Ortiz.", "!Chief of Naval Personnel"},
      {"Gina Ortiz has ties to the Brenmart Alliance and Institute for Energy Research.",
       "Brenmart Alliance|organization"},
      // A place before a mayor's, governor's or county sheriff's title: that place's government.
      {"Charlotte Mayor Jennifer Roberts met Gina Ortiz.", "Charlotte city government|government"},
      {"North Carolina Gov. Pat McCrory met Gina Ortiz.",
       "North Carolina state government|government"},
      {"Democratic Brenmart Mayor Mark Sokolich met Gina Ortiz.",
       "Brenmart city government|government"},
      {"Democratic Brenmart Mayor Mark Sokolich met Gina Ortiz.", "!Brenmart"},
      {"On Monday, New York City Mayor Bill de Blasio met Gina Ortiz.",
       "New York City government|government"},
      {"Arizona Sheriff Jo Vance met Gina Ortiz.", "!Arizona county government"},
      {"London's Muslim Mayor Sadiq Khan met Gina Ortiz.", "!Muslim city government"},
      {"Texas Gov. Hears About Brenmart Plan.", "!Hears"},
      // A surname of the article's people beside an ordinary word is that person in some
      // guise, or their circle; a word before it the article never writes in lower case may
      // be a given name; "Trump-esque" is an adjective, "Tower" a building.
      {"Donald Trump spoke at the debate. Debate Trump was calm, Ana Ruiz said.", "!Debate Trump"},
      {"Donald Trump hired her. It is normal for Trump World, Ana Ruiz said.", "!Trump World"},
      {"Alan Grayson met Faith Grayson in Orlando.", "Faith Grayson|person"},
      {"It paid, said Gil Dezer, president of Dezer Development, which built six towers.",
       "Dezer Development|organization"},
      {"Clinton engaged in a little Trump-esque speculation, Ana Ruiz said.", "!Trump-esque"},
      {"Aides met at Trump Tower in New York City.", "!Trump Tower"},
      // "Co." after "&" closes a company's name; "Pres." is a title.
      {"He left for D.E. Shaw & Co. Obama adviser David Plouffe took a job at Uber.", "!Co. Obama"},
      {"The host once asked Pres. Obama about it.", "Obama|person"},
      {"The host once asked Pres. Obama about it.", "!Pres. Obama"},
      // WordNet's named organisations, with their other names; initials news never writes
      // ("HUA") and places' names ("Wall Street") are no organisation.
      {"Al Qaeda claimed the attack, Ana Ruiz said.", "al-Qaeda|organization"},
      {"The FDIC fined the bank, Ana Ruiz said.",
       "Federal Deposit Insurance Corporation|organization"},
      {"Mossad agents met Ana Ruiz.", "Mossad|government"},
      {"Chinese Foreign Ministry spokeswoman Hua Chunying said so.", "Hua Chunying|person"},
      {"Wall Street donors met Ana Ruiz.", "!Wall Street"},
      // After an organisation word and "of", the name goes on through a party or a country,
      // not through a title or a person's name; its kind is that word's.
      {"Trisha Turner, head of the New York State Federation of Republican Women, told ABC.",
       "New York State Federation of Republican Women|organization"},
      {"The Zionist Organization of America said Trump was wrong.",
       "Zionist Organization of America|organization"},
      {"The U.S. Chamber of Commerce endorsed Ana Ruiz.", "U.S. Chamber of Commerce|organization"},
      {"A Ministry of Defense spokesman said Ana Ruiz lied.", "Ministry of Defense|government"},
      {"The Assembly of President Obama met Ana Ruiz.", "!Assembly of President Obama"},
      {"Larry Sabato of the University of Virginia said so.",
       "University of Virginia|organization"},
      // An outlet's own foundation is one name; an organisation word alone names no one (before
      // a title it is the article's body of that word: "Council Speaker"); a
      // capitalised "Van" ends a name as a surname, a lower-case "of" does not.
      {"Ana Ruiz cited a Daily Caller News Foundation investigation.",
       "Daily Caller News Foundation|outlet"},
      {"The PAC spent money, Ana Ruiz said.", "!PAC"},
      {"\"No family should face this,\" said Ken Van, pastor of The Patriots Guard.",
       "Ken Van|person"},
      // A body the lexicon names whole is that body, not a country's body noun.
      {"The U.S. Secret Service said Ana Ruiz lied.", "Secret Service|government"},
      {"The U.S. Secret Service said Ana Ruiz lied.", "!American Intelligence"},
      // A congressional committee without its chamber, a city's or school district's board.
      {"Bob Corker, chairman of the Foreign Relations Committee, said so.",
       "Senate Foreign Relations Committee|government"},
      {"The Judiciary Committee met Ana Ruiz.", "Judiciary Committee|government"},
      {"The Charlotte City Council voted, Ana Ruiz said.", "Charlotte City Council|government"},
      {"The Chesapeake School Board voted, Ana Ruiz said.", "Chesapeake School Board|government"},
      {"Ana Ruiz joined the Democratic National Committee.",
       "Democratic National Committee|organization"},
      // A lone word of a body's name before a title stands for that body.
      {"The House Oversight Committee met. Oversight Chairman Jo Vance said it went well.",
       "!Oversight"},
  };
  for (const auto& row : rows) {
    SUBCASE((std::string(row.text) + " " + row.entity).c_str()) {
      auto x = run(row.text);
      std::string want = row.entity;
      if (want[0] == '!') {
        CHECK(entity_named(x, want.substr(1)) == nullptr);
        continue;
      }
      auto bar = want.find('|');
      const Entity* e = entity_named(x, want.substr(0, bar));
      REQUIRE(e != nullptr);
      CHECK(to_string(e->kind) == want.substr(bar + 1));
    }
  }
}

TEST_CASE("extract: a bare surname is the person introduced first") {
  auto x = run("Donald Trump wed in 1977. Donald and Ivana Trump divorced. Ivana said Trump lied.");
  const Entity* ivana = entity_named(x, "Ivana Trump");
  REQUIRE(ivana != nullptr);
  CHECK(std::find(ivana->aliases.begin(), ivana->aliases.end(), "Trump") == ivana->aliases.end());
}

TEST_CASE("extract: a surname misspelt once is the person of the article it is one typo from") {
  struct Row {
    const char* text;
    const char* person;
    const char* alias;
    bool joined;
  };
  const Row rows[] = {
      {"Benjamin Netanyahu met Ana Ruiz. Later Netanyaho met her again.", "Benjamin Netanyahu",
       "Netanyaho", true},
      // Written again and again, a name is meant as written: another person.
      {"Bernie Sanders spoke. Saunders agreed. Saunders left.", "Bernie Sanders", "Saunders",
       false},
      // A plural is a family, and short names have too many neighbours.
      {"Hillary Clinton spoke. The Clintons left.", "Hillary Clinton", "Clintons", false},
      {"Karl Rove spoke. Rowe left.", "Karl Rove", "Rowe", false},
  };
  for (const auto& row : rows) {
    SUBCASE(row.text) {
      auto x = run(row.text);
      const Entity* e = entity_named(x, row.person);
      REQUIRE(e != nullptr);
      bool has_alias =
          std::find(e->aliases.begin(), e->aliases.end(), row.alias) != e->aliases.end();
      CHECK(has_alias == row.joined);
    }
  }
}

TEST_CASE("extract: a leader's era is no person") {
  auto x = run("The deal predates the Putin Presidency and the Clinton Years, analysts said.");
  for (const auto& e : x.entities) CHECK(e.kind != EntityKind::person);
}

TEST_CASE("extract: \"Mrs.\" and \"Mr.\" go to the person of that name whom she or he refers to") {
  auto aliases_of = [](const ArticleExtraction& x, const std::string& name) {
    const Entity* e = entity_named(x, name);
    REQUIRE(e != nullptr);
    return e->aliases;
  };
  SUBCASE("both named") {
    auto x =
        run("Bill Clinton spoke in Ohio. He praised Hillary Clinton. She said the plan "
            "works. Mrs. Clinton also said she would win. Mr. Clinton said he agreed.");
    CHECK(aliases_of(x, "Hillary Clinton") == std::vector<std::string>{"Mrs. Clinton"});
    CHECK(aliases_of(x, "Bill Clinton") == std::vector<std::string>{"Mr. Clinton"});
  }
  SUBCASE("only the husband named: she is someone else") {
    auto x =
        run("Bill Clinton spoke in Ohio, where he was cheered. Later, Mrs. Clinton said "
            "she met Vladimir Putin.");
    CHECK(aliases_of(x, "Bill Clinton").empty());
  }
  SUBCASE("only a man named, no pronoun: \"Mrs.\" is not he, \"Mr.\" is") {
    auto x = run("Bill Clinton spoke in Ohio. Later, Mrs. Clinton met Vladimir Putin.");
    CHECK(aliases_of(x, "Bill Clinton").empty());
    auto y = run("Ed Schultz joined RT. Mr. Schultz met Vladimir Putin.");
    CHECK(aliases_of(y, "Ed Schultz") == std::vector<std::string>{"Mr. Schultz"});
  }
  SUBCASE("no pronoun at all: the first names say who is who") {
    auto x =
        run("Bill Clinton and Hillary Clinton spoke in Ohio. Mrs. Clinton met Vladimir "
            "Putin. Mr. Clinton met Angela Merkel.");
    CHECK(aliases_of(x, "Hillary Clinton") == std::vector<std::string>{"Mrs. Clinton"});
    CHECK(aliases_of(x, "Bill Clinton") == std::vector<std::string>{"Mr. Clinton"});
  }
  SUBCASE("a surname without its particle") {
    auto x = run("President Abdel Fattah el-Sisi met Gina Ortiz. Sisi said it went well.");
    CHECK(aliases_of(x, "Abdel Fattah el-Sisi") == std::vector<std::string>{"Sisi"});
  }
}

TEST_CASE("extract: every span is inside the text and points at what it names") {
  std::string text = read_file(source_path("data/examples/seed-russia-contacts.txt"));
  auto x = run(text, "seed");
  std::size_t length = count_code_points(text);
  std::u32string cps = to_code_points(text);
  auto slice = [&](Span s) { return code_point_slice(cps, s.start, s.end); };
  for (const auto& e : x.entities)
    for (const auto& m : e.mentions) CHECK(m.end <= length);
  for (const auto& a : x.attributions) {
    CHECK_FALSE(a.cue.empty());
    CHECK_FALSE(a.content.empty());
  }
  for (const auto& r : x.relations) {
    CHECK(r.evidence.end <= length);
    CHECK(slice(r.evidence) == r.evidence_text);
    CHECK(slice(r.cue) == r.cue_text);
    CHECK(r.evidence.start <= r.cue.start);
    CHECK(r.cue.end <= r.evidence.end);
  }
  const Entity* hicks = entity_named(x, "Hope Hicks");
  REQUIRE(hicks != nullptr);
  CHECK(slice(hicks->mentions.front()) == "Hope Hicks");
}

TEST_CASE("extract: unbalanced quotes and odd text never lose the document") {
  struct Row {
    const char* name;
    std::string text;
  };
  const Row rows[] = {
      {"stray quote", "Ted Cruz said \"we will win. Marco Rubio met with Jeb Bush."},
      {"only punctuation", "\"\"\" -- ... !!! ???"},
      {"closing quote first", "\xE2\x80\x9D Ted Cruz met with Marco Rubio. \xE2\x80\x9C"},
      {"one long line", std::string(20000, 'a') + " Ted Cruz met with Marco Rubio."},
      {"controls, emoji, CRLF", "Ted\x01 Cruz \xF0\x9F\x98\x80 met\tMarco Rubio.\r\nHe left.\r\n"},
      {"a reporting colon ends the text", "Ted Cruz met with Marco Rubio.\nReuters reports:"},
      {"an unclosed parenthesis before a colon", "Reuters ran a story (never closed: Ted Cruz"},
      {"a report noun and nothing after it", "Ted Cruz met Marco Rubio. Reuters ran a story"},
  };
  for (const auto& row : rows) {
    SUBCASE(row.name) {
      auto x = run(row.text);
      CHECK(x.article_id == "t");
      if (std::string(row.name) != "only punctuation") CHECK_FALSE(x.entities.empty());
    }
  }
}

TEST_CASE("extract: the example article meets its gold graph (skips without ../shared)") {
  fs::path gold_path = shared_path("eval/dev/seed-russia-contacts.gold.json");
  if (gold_path.empty()) {
    MESSAGE("skipped: ../shared/eval is absent");
    return;
  }
  GoldGraph gold = parse_gold(read_file(gold_path));
  GraphScore s =
      score_graph(gold, run(read_file(source_path("data/examples/seed-russia-contacts.txt")),
                            "seed-russia-contacts"));
  CHECK(s.entity.f1() >= 0.85);
  CHECK(s.relation.f1() >= 0.70);
}

TEST_CASE("extract: \"Sr.\" names the elder bearer of the plain name, \"Jr.\" the younger") {
  auto x = run("Donald Trump Jr. praised Donald Trump Sr. on Twitter.");
  const Entity* elder = entity_named(x, "Donald Trump Sr.");
  REQUIRE(elder != nullptr);
  CHECK(elder->id == "person:donald-trump");
  const Entity* younger = entity_named(x, "Donald Trump Jr.");
  REQUIRE(younger != nullptr);
  CHECK(younger->id == "person:donald-trump-jr");
  SUBCASE("\"Bush Sr.\" is not the article's Jeb Bush") {
    auto y = run("Jeb Bush spoke on Monday. Bush Sr. said he was proud of him.");
    const Entity* jeb = entity_named(y, "Jeb Bush");
    REQUIRE(jeb != nullptr);
    CHECK(std::find(jeb->aliases.begin(), jeb->aliases.end(), "Bush Sr.") == jeb->aliases.end());
  }
  SUBCASE("\"Trump Jr.\" is the article's Donald Trump Jr.; \"Trump\" alone is not") {
    auto y =
        run("Donald Trump Jr. tweeted. Kellyanne Conway, Trump's campaign manager, defended "
            "it. Walsh tweeted at Trump Jr. on Monday.");
    const Entity* son = entity_named(y, "Donald Trump Jr.");
    REQUIRE(son != nullptr);
    CHECK(entity_named(y, "Trump Jr.") == nullptr);
    CHECK(std::find(son->aliases.begin(), son->aliases.end(), "Trump Jr.") != son->aliases.end());
    CHECK(std::find(son->aliases.begin(), son->aliases.end(), "Trump") == son->aliases.end());
  }
}

TEST_CASE("extract: initials or a suffix alone name no one") {
  const char* texts[] = {
      "Trump was involved, even meeting with V.P. hopeful Christie, along with his son.",
      "When D.C. attorney Bob Barnett, who was playing Trump, spoke, she listened.",
      "Critics fire back with Abraham Lincoln and Martin Luther King Jr. quotes.",
  };
  for (const char* text : texts) {
    SUBCASE(text) {
      auto x = run(text);
      CHECK(entity_named(x, "V.P.") == nullptr);
      CHECK(entity_named(x, "D.C.") == nullptr);
      CHECK(entity_named(x, "Jr.") == nullptr);
      CHECK(x.entities.size() >= 1);  // the person beside them stays
    }
  }
}
