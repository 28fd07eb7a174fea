// Record files as they come: other names for the text and metadata columns (CSV) and keys
// (JSON Lines), names the user gives, dates in ISO form, and the warnings of one input.

#include <doctest/doctest.h>

#include <sstream>

#include "graph/io/input.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// What one read_inputs call delivered: articles, errors and warnings as "<input>: <message>".
struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> errors, warnings;
};

Collected read(const fs::path& file, const ColumnNames& columns = {}) {
  Collected c;
  ArticleSink sink{[&](Article&& a) { c.articles.push_back(std::move(a)); },
                   [&](const InputError& e) { c.errors.push_back(e.input + ": " + e.message); },
                   [&](const InputError& e) { c.warnings.push_back(e.input + ": " + e.message); }};
  std::istringstream none;
  read_inputs({file.string()}, none, sink, {}, {columns, nullptr});
  return c;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("input columns: synonyms of the usual names, and names the user gives") {
  struct Row {
    const char* name;
    const char* file;
    const char* data;
    ColumnNames columns;
  };
  const Row rows[] = {
      {"CSV body, publisher, publication_date",
       "a.csv",
       "id,body,publisher,publication_date,headline\nx1,He said so.,AP,2016-09-19,Head\n",
       {}},
      {"CSV content, any case",
       "a.csv",
       "ID,Content,Outlet,Published,Title\nx1,He said so.,AP,2016-09-19,Head\n",
       {}},
      {"CSV text preferred to body",
       "a.csv",
       "id,body,text,source_name,pubdate,title\nx1,Not this.,He said so.,AP,2016-09-19,Head\n",
       {}},
      {"CSV mapped with --text-column and the rest",
       "a.csv",
       "story,key,paper,when,h\nHe said so.,x1,AP,2016-09-19,Head\n",
       {"story", "key", "h", "paper", "when", ""}},
      {"JSONL body and publisher",
       "a.jsonl",
       R"({"id":"x1","body":"He said so.","publisher":"AP","publication_date":"2016-09-19","headline":"Head"})"
       "\n",
       {}},
      {"JSONL article key",
       "a.jsonl",
       R"({"id":"x1","article":"He said so.","outlet":"AP","date":"2016-09-19","title":"Head"})"
       "\n",
       {}},
      {"JSONL mapped keys",
       "a.jsonl",
       R"({"doc":"x1","story":"He said so.","text":"Not this.","paper":"AP","when":"2016-09-19","h":"Head"})"
       "\n",
       {"story", "doc", "h", "paper", "when", ""}},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      auto dir = scratch_dir("input_columns");
      write_file(dir / row.file, row.data);
      auto c = read(dir / row.file, row.columns);
      CHECK(c.errors == Strings{});
      CHECK(c.warnings == Strings{});
      REQUIRE(c.articles.size() == 1);
      CHECK(c.articles[0].id == "x1");
      CHECK(c.articles[0].text == "He said so.");
      CHECK(c.articles[0].outlet == "AP");
      CHECK(c.articles[0].date == "2016-09-19");
      CHECK(c.articles[0].title == "Head");
    }
  }
}

TEST_CASE("input columns: a missing text column is one error naming the columns there are") {
  auto dir = scratch_dir("input_columns_missing");
  write_file(dir / "feed.csv", "id,story\n1,Some text.\n2,More.\n");
  write_file(dir / "feed.jsonl", "{\"id\":1,\"story\":\"Some text.\"}\n");
  std::string csv = (dir / "feed.csv").string(), jsonl = (dir / "feed.jsonl").string();
  CHECK(read(dir / "feed.csv").errors ==
        Strings{csv + ": has no text column (looked for \"text\", \"body\", \"content\", "
                      "\"article\"; its columns: \"id\", \"story\")"});
  CHECK(
      read(dir / "feed.csv", {.text = "body"}).errors ==
      Strings{csv + ": has no text column (looked for \"body\"; its columns: \"id\", \"story\")"});
  CHECK(read(dir / "feed.jsonl").errors ==
        Strings{jsonl + ":1: has no text key (looked for \"text\", \"body\", \"content\", "
                        "\"article\"; its keys: \"id\", \"story\")"});
  CHECK(read(dir / "feed.csv", {.text = "story"}).articles.size() == 2);
}

TEST_CASE("input columns: dates become ISO; those not understood are one warning per input") {
  struct Row {
    const char* name;
    const char* file;
    const char* data;
  };
  const Row rows[] = {
      {"CSV", "feed.csv",
       "id,text,date\n"
       "a,One.,Sept. 19 2016\n"
       "b,Two.,next Tuesday\n"
       "c,Three.,\n"
       "d,Four.,soon\n"
       "e,Five.,Mon, 19 Sep 2016 14:03:00 +0000\n"},
      {"JSON Lines", "feed.jsonl",
       "{\"id\":\"a\",\"text\":\"One.\",\"date\":\"Sept. 19 2016\"}\n"
       "{\"id\":\"b\",\"text\":\"Two.\",\"date\":\"next Tuesday\"}\n"
       "{\"id\":\"c\",\"text\":\"Three.\",\"date\":null}\n"
       "{\"id\":\"d\",\"text\":\"Four.\",\"date\":\"soon\"}\n"
       "{\"id\":\"e\",\"text\":\"Five.\",\"date\":\"Mon, 19 Sep 2016 14:03:00 +0000\"}\n"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      auto dir = scratch_dir("input_columns_dates");
      std::string data = row.data;
      // The CSV's RFC 2822 date holds a comma: quote it.
      if (std::string(row.file).ends_with(".csv"))
        data.replace(data.find("Mon, 19"), 31, "\"Mon, 19 Sep 2016 14:03:00 +0000\"");
      write_file(dir / row.file, data);
      auto c = read(dir / row.file);
      CHECK(c.errors == Strings{});
      REQUIRE(c.articles.size() == 5);  // no article is lost for its date
      Strings dates;
      for (const auto& a : c.articles) dates.push_back(a.date);
      CHECK(dates == Strings{"2016-09-19", "", "", "", "2016-09-19"});
      int line = std::string(row.file).ends_with(".csv") ? 3 : 2;
      CHECK(c.warnings == Strings{(dir / row.file).string() +
                                  ": 2 dates not understood (first: \"next Tuesday\" at line " +
                                  std::to_string(line) + "); those articles have no date"});
    }
  }
}

TEST_CASE("input columns: empty articles are one warning per input, the rest arrive") {
  auto dir = scratch_dir("input_columns_empty");
  write_file(dir / "feed.jsonl",
             "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"  \\n\"}\n"
             "{\"id\":\"c\",\"text\":\"\"}\n{\"id\":\"d\",\"text\":\"Four.\"}\n");
  write_file(dir / "feed.csv", "id,text\na,One.\nb,\"\"\n");
  write_file(dir / "empty.txt", " \n\t");
  auto jsonl = read(dir / "feed.jsonl");
  CHECK(jsonl.errors == Strings{});
  CHECK(jsonl.articles.size() == 2);
  CHECK(jsonl.warnings == Strings{(dir / "feed.jsonl").string() +
                                  ": 2 empty articles skipped (first: line 2, id \"b\")"});
  auto csv = read(dir / "feed.csv");
  CHECK(csv.articles.size() == 1);
  CHECK(csv.warnings ==
        Strings{(dir / "feed.csv").string() + ": 1 empty article skipped (line 3, id \"b\")"});
  auto text = read(dir / "empty.txt");
  CHECK(text.articles.empty());
  CHECK(text.errors == Strings{});
  CHECK(text.warnings == Strings{(dir / "empty.txt").string() + ": is empty; skipped"});
}
