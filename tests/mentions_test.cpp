#include "graph/extract/mentions.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimgraph;

namespace {

/// The name each mention gives (its text without a trailing "of <place>"), in order.
std::vector<std::string> mention_texts(const std::string& text) {
  Document doc(text, [](std::string_view) { return false; });
  auto quotes = find_quotes(doc);
  std::vector<std::string> out;
  for (const Mention& m : find_mentions(doc, Lexicon::builtin(), quotes))
    out.emplace_back(doc.surface(m.first, name_end(m)));
  return out;
}

/// Checks a row: "Name" must be a mention's exact text, "!Name" must be none's.
void check_row(const std::string& text, const std::string& want) {
  auto found = mention_texts(text);
  bool negated = want[0] == '!';
  std::string name = negated ? want.substr(1) : want;
  bool present = std::find(found.begin(), found.end(), name) != found.end();
  CHECK_MESSAGE(present != negated, text, " -> ", want);
}

struct Row {
  const char* text;
  const char* mention;  ///< exact mention text, or "!text" that must not be one
};

void check_rows(const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    SUBCASE((std::string(row.text) + " " + row.mention).c_str()) {
      check_row(row.text, row.mention);
    }
  }
}

}  // namespace

TEST_CASE("mentions: the shape of a name - particles in, places and modifiers out") {
  check_rows({
      {"Yesterday Sen. Maria Olsen of Vermont said the vote would fail.", "Maria Olsen"},
      {"Yesterday Sen. Maria Olsen of Vermont said the vote would fail.",
       "!Maria Olsen of Vermont"},
      {"The rector of the University of Vermont said nothing.", "University of Vermont"},
      {"The envoy met President Bashar al-Assad in the capital.", "Bashar al-Assad"},
      {"The envoy met Prince Khalid bin-Talal and Samir el-Masri on Tuesday.", "Samir el-Masri"},
      {"A Lagos-based charity paid the fee, Paul Okafor said.", "!Lagos-based"},
      {"A Saudi-led coalition struck again, Paul Okafor said.", "!Saudi-led"},
      {"Observers saw the Kenya-Uganda border talks stall, Paul Okafor said.", "!Kenya-Uganda"},
      {"The Ann Meyer-Robert Dunn debate was dull, Paul Okafor said.", "!Ann Meyer-Robert Dunn"},
      {"The mayor met Lee Su-bin and Ana Kowalski-Brandt on Friday.", "Lee Su-bin"},
      {"The mayor met Lee Su-bin and Ana Kowalski-Brandt on Friday.", "Ana Kowalski-Brandt"},
      // An ordinary word after the hyphen makes a modifier of what would open a name.
      {"The mayor met Oscar-winner Sarandon on Friday.", "!Oscar-winner Sarandon"},
      {"The mayor met Oscar-winner Sarandon on Friday.", "Sarandon"},
      {"The mayor met Ban Ki-moon on Friday.", "Ban Ki-moon"},
      {"The mayor said the CEO would resign.", "!CEO"},
      // An ordinary word before a first name is no part of the name; a shouted lead-in
      // opens none.
      {"Jeb Bush Super PAC Chief Praises Marco Rubio Donor's Skywriting Campaign.",
       "!Praises Marco Rubio Donor"},
      {"The poll, Conservative Gary Johnson said, was wrong.", "Gary Johnson"},
      {"Trump's running mate, Gov. Mike Pence, visited the town.", "Mike Pence"},
      {"Trump's running mate, Gov. Mike Pence, visited the town.", "!Gov. Mike Pence"},
      {"REMEMBERING STEVE LATOURETTE -- a memorial service was held.", "STEVE LATOURETTE"},
      {"REMEMBERING STEVE LATOURETTE -- a memorial service was held.",
       "!REMEMBERING STEVE LATOURETTE"},
  });
}

TEST_CASE("mentions: initials, suffixes and abbreviated months name no one alone") {
  check_rows({
      {"Rep. Tom Reed (R-N.Y.) told reporters he agreed.", "!Y."},
      {"Rep. Tom Reed (R-N.Y.) told reporters he agreed.", "!N.Y."},
      {"The attacks of Sept. 11 changed the city, Nora Patel said.", "!Sept."},
      {"The report came out on Aug. 3, Nora Patel said.", "!Aug."},
      {"His son, Jr. as friends call him, said nothing.", "!Jr."},
      {"Then H. Ross Perot joined the race.", "H. Ross Perot"},
  });
}

TEST_CASE("mentions: organisation names keep a leading nationality and an inner \"for a\"") {
  check_rows({
      {"Ann Diaz, a scholar at the Canadian Policy Institute, spoke.", "Canadian Policy Institute"},
      {"Ann Diaz, a scholar at the Canadian Policy Institute, spoke.", "!Policy Institute"},
      {"Tom Reyes of the Center for Irish Studies spoke first.", "Center for Irish Studies"},
      {"The Alliance for a Cleaner Harbor sued the city on Monday.",
       "Alliance for a Cleaner Harbor"},
      {"The Alliance for a Cleaner Harbor sued the city on Monday.", "!Cleaner Harbor"},
      {"Canadian voters and Mexican officials met in Ottawa.", "!Canadian voters and Mexican"},
      {"The firm said it helps Canadian Media grow.", "!Canadian Media"},
      {"Ann Diaz of the Center on Budget and Policy Priorities spoke.",
       "Center on Budget and Policy Priorities"},
  });
}

TEST_CASE("mentions: an ordinary word opening a sentence begins no name") {
  check_rows({
      {"Liberal lawyer Dana Whitfield filed the suit.", "!Liberal"},
      {"Liberal lawyer Dana Whitfield filed the suit.", "Dana Whitfield"},
      {"Senior economist Omar Haddad disagreed.", "!Senior"},
      {"Keller spoke first. Then Mr. Keller left.", "Keller"},
      {"She said the plan works. Mrs. Keller also said she would win.", "Mrs. Keller"},
  });
}
