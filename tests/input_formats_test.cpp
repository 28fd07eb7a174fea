// JSON Lines, CSV, globs, mixed folders and JSON Lines on standard input.

#include <doctest/doctest.h>

#include <sstream>

#include "graph/io/input.h"
#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

/// What one read_inputs call delivered: articles, and errors as "<input>: <message>".
struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> errors;

  std::vector<std::string> ids() const {
    std::vector<std::string> out;
    for (const auto& a : articles) out.push_back(a.id);
    return out;
  }
};

Collected read(const std::vector<std::string>& inputs, const std::string& stdin_data = "",
               InputLimits limits = {}) {
  Collected c;
  ArticleSink sink{[&](Article&& a) { c.articles.push_back(std::move(a)); },
                   [&](const InputError& e) { c.errors.push_back(e.input + ": " + e.message); }};
  std::istringstream in(stdin_data);
  read_inputs(inputs, in, sink, limits);
  return c;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("jsonl: good lines with metadata and blank lines") {
  auto dir = scratch_dir("formats_jsonl_good");
  write_file(dir / "feed.jsonl",
             "{\"id\":\"a1\",\"title\":\"T\",\"text\":\"Ay said so.\",\"outlet\":\"Reuters\","
             "\"date\":\"2024-05-01\",\"url\":\"https://example.com/a1\"}\n"
             "\n   \n"
             "{\"id\":\"b2\",\"text\":\"Bee \\\"quoted\\\".\\nSecond line.\"}\r\n");
  auto c = read({(dir / "feed.jsonl").string()});
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 2);
  const Article& a = c.articles[0];
  CHECK(a.id == "a1");
  CHECK(a.title == "T");
  CHECK(a.text == "Ay said so.");
  CHECK(a.outlet == "Reuters");
  CHECK(a.date == "2024-05-01");
  CHECK(a.url == "https://example.com/a1");
  CHECK(c.articles[1].id == "b2");
  CHECK(c.articles[1].text == "Bee \"quoted\".\nSecond line.");
  CHECK(c.articles[1].url.empty());
}

TEST_CASE("jsonl: numeric ids and missing ids") {
  auto dir = scratch_dir("formats_jsonl_ids");
  write_file(dir / "feed.ndjson",
             "{\"id\":42,\"text\":\"Forty-two.\"}\n"
             "{\"text\":\"No id here.\"}\n"
             "{\"id\":null,\"text\":\"Null id.\"}\n"
             "{\"id\":-7,\"text\":\"Negative.\"}\n"
             "{\"id\":18446744073709551615,\"text\":\"Largest unsigned.\"}\n"
             "{\"id\":2.5,\"text\":\"Fraction.\"}\n"
             "{\"id\":\"first\",\"text\":\"Dropped.\",\"id\":\"last\",\"text\":\"Kept.\"}\n");
  auto c = read({(dir / "feed.ndjson").string()});
  CHECK(c.errors.empty());
  CHECK(c.ids() == Strings{"42", "feed:2", "feed:3", "-7", "18446744073709551615", "2.5", "last"});
  CHECK(c.articles.back().text == "Kept.");  // as in JSON parsers generally, the last key wins
}

TEST_CASE("jsonl: each bad line is one error naming path and line, the others still arrive") {
  auto dir = scratch_dir("formats_jsonl_bad");
  auto path = (dir / "feed.jsonl").string();
  write_file(dir / "feed.jsonl",
             "{\"id\":\"ok1\",\"text\":\"First.\"}\n"
             "{\"id\":\"broken\",\"text\":\"no closing brace\"\n"
             "[\"an\",\"array\"]\n"
             "{\"id\":\"nt\"}\n"
             "{\"id\":\"num\",\"text\":7}\n"
             "{\"id\":\"bad\",\"text\":\"caf\xE9\"}\n"
             "{\"id\":\"empty\",\"text\":\"  \"}\n"
             "{\"id\":\"nul\",\"text\":\"a\\u0000b\"}\n"
             "{\"id\":\"t\",\"text\":\"x\",\"title\":5}\n"
             "{\"id\":true,\"text\":\"x\"}\n"
             "{\"id\":\"ok2\",\"text\":\"Last.\"}\n");
  auto c = read({path});
  CHECK(c.ids() == Strings{"ok1", "ok2"});
  REQUIRE(c.errors.size() == 9);
  CHECK(c.errors[0] == path + ":2: is not valid JSON (it ends early)");
  CHECK(c.errors[1] == path + ":3: is not a JSON object");
  CHECK(c.errors[2] == path +
                           ":4: has no text key (looked for \"text\", \"body\", \"content\", "
                           "\"article\"; its keys: \"id\")");
  CHECK(c.errors[3] == path + ":5: \"text\" is not a string");
  CHECK(c.errors[4] == path + ":6: is not valid UTF-8 (byte 23)");
  CHECK(c.errors[5] == path + ":8: text looks binary (it holds NUL bytes)");
  CHECK(c.errors[6] == path + ":9: \"title\" is not a string");
  CHECK(c.errors[7] == path + ":10: \"id\" is not a string or a number");
  // The empty article is a warning, told once the file is read (as an error to a sink that
  // takes no warnings).
  CHECK(c.errors[8] == path + ": 1 empty article skipped (line 7, id \"empty\")");
}

TEST_CASE("jsonl: over-long text and over-long lines are refused, the next line arrives") {
  auto dir = scratch_dir("formats_jsonl_limits");
  auto path = (dir / "feed.jsonl").string();
  write_file(dir / "feed.jsonl", "{\"text\":\"" + std::string(40, 'x') + "\"}\n" +
                                     std::string(200000, ' ') + "x\n" + "{\"text\":\"Short.\"}\n");
  auto c = read({path}, "", InputLimits{32});
  CHECK(c.ids() == Strings{"feed:3"});
  REQUIRE(c.errors.size() == 2);
  CHECK(c.errors[0] == path + ":1: text is 40 bytes, over the limit of 32");
  CHECK(c.errors[1] == path + ":2: is over 65600 bytes");
}

TEST_CASE("jsonl: long lines arrive whole, with CRLF or no final newline") {
  auto dir = scratch_dir("formats_jsonl_long");
  auto path = (dir / "feed.jsonl").string();
  std::string text;
  for (int i = 0; text.size() < 300000; ++i) text += "Sentence " + std::to_string(i) + ". ";
  for (std::size_t chunk : {65535u, 65536u})  // lines ending right at a 64 KiB chunk boundary
    text += "\n{\"text\":\"" + std::string(chunk - 11, 'y') + "\"}";
  write_file(dir / "feed.jsonl", "{\"text\":\"" + text.substr(0, text.find('\n')) + "\"}\r\n" +
                                     text.substr(text.find('\n') + 1) + "\n{\"text\":\"End.\"}");
  auto c = read({path});
  CHECK(c.errors == Strings{});
  REQUIRE(c.articles.size() == 4);
  CHECK(c.articles[0].text == text.substr(0, text.find('\n')));
  CHECK(c.articles[1].text.size() == 65535u - 11);
  CHECK(c.articles[2].text.size() == 65536u - 11);
  CHECK(c.articles[3].text == "End.");
}

TEST_CASE("jsonl: a file with only blank lines is one error") {
  auto dir = scratch_dir("formats_jsonl_empty");
  write_file(dir / "blank.jsonl", "\n  \n");
  auto c = read({(dir / "blank.jsonl").string()});
  CHECK(c.articles.empty());
  CHECK(c.errors == Strings{(dir / "blank.jsonl").string() + ": is empty"});
}

TEST_CASE("csv: quotes, quoted newlines, CRLF, doubled quotes and any-case headers") {
  auto dir = scratch_dir("formats_csv_good");
  write_file(dir / "feed.csv",
             "ID,Extra,Text,outlet,URL\r\n"
             "c1,zzz,\"He said, \"\"no.\"\"\r\nThen he left.\",AP,https://example.com/c1\r\n"
             ",,Plain text.,,\r\n");
  auto c = read({(dir / "feed.csv").string()});
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 2);
  CHECK(c.articles[0].id == "c1");
  CHECK(c.articles[0].text == "He said, \"no.\"\r\nThen he left.");
  CHECK(c.articles[0].outlet == "AP");
  CHECK(c.articles[0].url == "https://example.com/c1");
  CHECK(c.articles[1].id == "feed:4");  // the quoted newline put this row on line 4
  CHECK(c.articles[1].text == "Plain text.");
}

TEST_CASE("csv: a missing text column is one error for the file") {
  auto dir = scratch_dir("formats_csv_no_text");
  write_file(dir / "feed.csv", "id,story\n1,Some text.\n2,More.\n");
  auto c = read({(dir / "feed.csv").string()});
  CHECK(c.articles.empty());
  CHECK(c.errors == Strings{(dir / "feed.csv").string() +
                            ": has no text column (looked for \"text\", \"body\", \"content\", "
                            "\"article\"; its columns: \"id\", \"story\")"});
}

TEST_CASE("csv: a short row and bad text are one error each, the rest goes on") {
  auto dir = scratch_dir("formats_csv_bad_rows");
  auto path = (dir / "feed.csv").string();
  write_file(dir / "feed.csv",
             "id,text\n"
             "r1,First.\n"
             "r2\n"
             "r3,\"\"\n"
             "r4,Fourth.\n");
  auto c = read({path});
  CHECK(c.ids() == Strings{"r1", "r4"});
  CHECK(c.errors == Strings{path + ":3: has 1 fields, the header has 2",
                            path + ": 1 empty article skipped (line 4, id \"r3\")"});
}

TEST_CASE("csv: an unterminated quote at the end of the file names the row's line") {
  auto dir = scratch_dir("formats_csv_unterminated");
  auto path = (dir / "feed.csv").string();
  write_file(dir / "feed.csv", "id,text\nr1,Fine.\nr2,\"Never closed,\nstill going\n");
  auto c = read({path});
  CHECK(c.ids() == Strings{"r1"});
  CHECK(c.errors == Strings{path + ":3: has a quoted field that is never closed"});
}

TEST_CASE("glob: matches are read in sorted order, a pattern matching nothing is one error") {
  auto dir = scratch_dir("formats_glob");
  write_file(dir / "b.txt", "Bee.");
  write_file(dir / "a.txt", "Ay.");
  write_file(dir / "c.jsonl", "{\"id\":\"cee\",\"text\":\"See.\"}\n");
  write_file(dir / "skip.md", "Not matched.");
  auto c = read({(dir / "*.txt").string(), (dir / "[c]*").string(), (dir / "none-*.csv").string()});
  CHECK(c.ids() == Strings{"a", "b", "cee"});
  CHECK(c.errors == Strings{(dir / "none-*.csv").string() + ": no files match"});
}

TEST_CASE("glob: a path that exists is read as itself even with glob characters") {
  auto dir = scratch_dir("formats_glob_literal");
  write_file(dir / "a[1].txt", "Literal.");
  write_file(dir / "a1.txt", "Would match the pattern.");
  auto c = read({(dir / "a[1].txt").string()});
  CHECK(c.errors.empty());
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "Literal.");
}

TEST_CASE("folder: mixed formats arrive in sorted path order, other files skipped") {
  auto dir = scratch_dir("formats_folder");
  fs::create_directories(dir / "in" / "sub");
  fs::create_directories(dir / "in" / ".hidden");
  write_file(dir / "in" / "d.txt", "Dee.");
  write_file(dir / "in" / "b.jsonl", "{\"id\":\"b1\",\"text\":\"B one.\"}\n");
  write_file(dir / "in" / "a.csv", "text,id\nA one.,a1\n");
  write_file(dir / "in" / "sub" / "c.ndjson", "{\"id\":\"c1\",\"text\":\"C one.\"}\n");
  write_file(dir / "in" / ".hidden" / "e.jsonl", "{\"id\":\"hidden\",\"text\":\"No.\"}\n");
  write_file(dir / "in" / "notes.json", "{\"id\":\"json\",\"text\":\"No.\"}\n");
  auto c = read({(dir / "in").string()});
  CHECK(c.errors.empty());
  CHECK(c.ids() == Strings{"a1", "b1", "d", "c1"});  // in/d.txt < in/sub/c.ndjson
}

TEST_CASE("stdin: a first non-blank '{' means JSON Lines, anything else one text article") {
  auto c = read({"-"}, "\n\n{\"id\":\"s1\",\"text\":\"One.\"}\nnot json\n{\"text\":\"Two.\"}\n");
  CHECK(c.ids() == Strings{"s1", "stdin:5"});
  CHECK(c.errors == Strings{"<stdin>:4: is not valid JSON (error at byte 1)"});
  auto text = read({"-"}, "\n  Plain {braced} text.");
  REQUIRE(text.articles.size() == 1);
  CHECK(text.articles[0].id == "stdin");
  CHECK(text.articles[0].text == "\n  Plain {braced} text.");  // leading blanks kept
}
