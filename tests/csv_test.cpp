#include "graph/io/csv.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace claimgraph;

namespace {

/// Every record in `data`, read with the given record limit.
std::vector<CsvRecord> read_all(const std::string& data, std::size_t max_bytes = 1u << 20) {
  std::istringstream in(data);
  CsvReader reader(in, max_bytes);
  std::vector<CsvRecord> out;
  for (CsvRecord r; reader.next(r);) out.push_back(r);
  return out;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST_CASE("csv: plain fields, last record without a newline") {
  auto rows = read_all("a,b,c\n1,,3");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == Fields{"a", "b", "c"});
  CHECK(rows[1].fields == Fields{"1", "", "3"});
  CHECK(rows[1].line == 2);
  CHECK(rows[1].error.empty());
  CHECK(read_all("").empty());
}

TEST_CASE("csv: quoted fields with commas, doubled quotes and newlines") {
  auto rows = read_all("id,text\n7,\"He said \"\"no\"\", then left,\nquietly.\"\n8,after\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].fields == Fields{"7", "He said \"no\", then left,\nquietly."});
  CHECK(rows[1].line == 2);
  CHECK(rows[2].fields == Fields{"8", "after"});
  CHECK(rows[2].line == 4);  // the quoted newline moved the line count on
}

TEST_CASE("csv: CRLF ends records, a CRLF inside quotes is kept") {
  auto rows = read_all("a,b\r\n\"x\r\ny\",z\r\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == Fields{"a", "b"});
  CHECK(rows[1].fields == Fields{"x\r\ny", "z"});
  CHECK(rows[1].error.empty());
}

TEST_CASE("csv: a quote in the middle of an unquoted field is data") {
  auto rows = read_all("5\" tall,ok\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].fields == Fields{"5\" tall", "ok"});
  CHECK(rows[0].error.empty());
}

TEST_CASE("csv: an unterminated quote at the end of the input is an error on its record") {
  auto rows = read_all("a,b\n1,\"never closed\n2,3\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].error.empty());
  CHECK(rows[1].line == 2);
  CHECK(rows[1].error == "has a quoted field that is never closed");
}

TEST_CASE("csv: text after a closing quote flags the record, the next one is fine") {
  auto rows = read_all("\"a\"b,c\nd,e\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].error == "has text after the closing quote of a field");
  CHECK(rows[1].fields == Fields{"d", "e"});
  CHECK(rows[1].error.empty());
}

TEST_CASE("csv: a record over the limit is flagged and reading goes on") {
  auto rows = read_all("short\n" + std::string(50, 'x') + "\nok\n", 16);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].error.empty());
  CHECK(rows[1].error == "is over 16 bytes");
  CHECK(rows[1].fields[0].size() == 16);  // data past the limit was dropped, not stored
  CHECK(rows[2].fields == Fields{"ok"});
  CHECK(rows[2].line == 3);
}

TEST_CASE("csv: a row of endless commas is bounded by the memory its fields take") {
  auto rows = read_all(std::string(10000, ',') + "\nok\n", 1024);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].error == "is over 1024 bytes in memory (too many fields)");
  CHECK(rows[0].fields.size() <= 1024 / sizeof(std::string) + 1);
  CHECK(rows[1].fields == Fields{"ok"});
}

TEST_CASE("csv_quoted: what the writer quotes the reader takes back") {
  struct Case {
    const char* name;
    std::string field;
    std::string quoted;
  };
  const Case cases[] = {
      {"plain", "Hope Hicks", "\"Hope Hicks\""},
      {"empty", "", "\"\""},
      {"comma and quotes", "a, \"b\" 'c'", "\"a, \"\"b\"\" 'c'\""},
      {"newlines", "line\nbreak\r\n", "\"line\nbreak\r\n\""},
      {"backslash before a quote", "x\\\"", "\"x\\\"\"\""},
  };
  for (const auto& c : cases) {
    SUBCASE(c.name) {
      CHECK(csv_quoted(c.field) == c.quoted);
      auto rows = read_all(csv_quoted(c.field) + "," + csv_quoted("next") + "\n");
      REQUIRE(rows.size() == 1);
      CHECK(rows[0].fields == Fields{c.field, "next"});
    }
  }
}
