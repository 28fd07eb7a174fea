// Per-file metadata joined to text files by file name (graph/io/metadata.h).

#include "graph/io/metadata.h"

#include <doctest/doctest.h>

#include <optional>
#include <sstream>
#include <stdexcept>

#include "test_util.h"

using namespace claimgraph;
using namespace claimgraph::test;

namespace {

using Strings = std::vector<std::string>;

/// A table parsed from `bytes` under `name`, its warnings as "<table>: <message>".
FileMetadata parse(const std::string& bytes, const std::string& name, Strings& warnings,
                   const ColumnNames& columns = {}) {
  return FileMetadata::parse(bytes, name, columns, [&](const InputError& e) {
    warnings.push_back(e.input + ": " + e.message);
  });
}

/// The article a text file at `path` gets from `table`, or nothing without a row.
std::optional<Article> joined(const FileMetadata& table, const std::string& path) {
  Article article;
  if (!table.apply(path, article)) return std::nullopt;
  return article;
}

/// The message of the error parsing `bytes` throws, or empty.
std::string parse_error(const std::string& bytes, const std::string& name,
                        const ColumnNames& columns = {}) {
  Strings warnings;
  try {
    parse(bytes, name, warnings, columns);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("metadata: TSV and CSV tables, file names with or without the extension") {
  struct Row {
    const char* name;
    const char* table;
    const char* bytes;
    ColumnNames columns;
  };
  const Row rows[] = {
      {"PolNeAR-shaped TSV, names without extension",
       "metadata.tsv",
       "compartment\tfilename\tlevel\tpublisher\tpublication_date\tauthor\ttitle\n"
       "dev\tnyt_2016-09-19_a\t4\tnyt\t2016-09-19\tX\tA head\n"
       "train\tpolitico_2016-09-20_b\t7\tpolitico\t2016-09-20\tY\tB head\n",
       {}},
      {"CSV, names with extension",
       "meta.csv",
       "file,outlet,date,title,url\n"
       "nyt_2016-09-19_a.txt,nyt,\"Sept. 19, 2016\",A head,https://e.com/a\n"
       "politico_2016-09-20_b.txt,politico,09/20/2016,B head,\n",
       {}},
      {"CSV with CRLF and a BOM, id column",
       "meta.CSV",
       "\xEF\xBB\xBFid,Publisher,Date,Title\r\nnyt_2016-09-19_a,nyt,2016-09-19,A head\r\n"
       "politico_2016-09-20_b.txt,politico,2016-09-20T10:00:00Z,B head\r\n",
       {}},
      {"TSV mapped by the column options",
       "m.tab",
       "doc\tpaper\tday\theadline\nnyt_2016-09-19_a.txt\tnyt\t19 September 2016\tA head\n"
       "politico_2016-09-20_b\tpolitico\t2016-09-20\tB head\n",
       {"", "doc", "headline", "paper", "day", ""}},
  };
  for (const Row& row : rows) {
    SUBCASE(row.name) {
      Strings warnings;
      FileMetadata table = parse(row.bytes, row.table, warnings, row.columns);
      CHECK(warnings == Strings{});
      CHECK(table.size() == 2);
      auto a = joined(table, "texts/nyt_2016-09-19_a.txt");
      REQUIRE(a.has_value());
      CHECK(a->outlet == "nyt");
      CHECK(a->date == "2016-09-19");
      CHECK(a->title == "A head");
      auto b = joined(table, "politico_2016-09-20_b.txt");
      REQUIRE(b.has_value());
      CHECK(b->outlet == "politico");
      CHECK(b->date == "2016-09-20");
      CHECK_FALSE(joined(table, "texts/other.txt").has_value());
    }
  }
}

TEST_CASE("metadata: rows that cannot be used and dates not understood are one warning each") {
  Strings warnings;
  FileMetadata table = parse(
      "file\toutlet\tdate\n"
      "a\tAP\tsoon\n"
      "b\tAP\n"
      "\tAP\t2016\n"
      "a\tReuters\t2016\n"
      "c\tAP\tlater\n"
      "d\t\xFF\t2016\n",
      "m.tsv", warnings);
  CHECK(table.size() == 2);
  CHECK(warnings ==
        Strings{"m.tsv: 2 dates not understood (first: \"soon\" at line 2); those articles have "
                "no date",
                "m.tsv: 3 rows skipped (first: line 3: has 2 fields, the header has 3)",
                "m.tsv: 1 file named twice (\"a\" at line 5); the first row for each is kept"});
  CHECK(joined(table, "a.txt")->outlet == "AP");
  CHECK(joined(table, "a.txt")->date.empty());
}

TEST_CASE("metadata: a table without a file column or any metadata column is an error") {
  struct Row {
    const char* why;
    const char* bytes;
    ColumnNames columns;
    const char* error;
  };
  const Row rows[] = {
      {"empty", "", {}, "m.csv: is empty"},
      {"no file column",
       "name,outlet\na,AP\n",
       {},
       "m.csv: has no file column (looked for \"file\", \"filename\", \"id\"; its columns: "
       "\"name\", \"outlet\")"},
      {"no metadata column",
       "file,size\na,3\n",
       {},
       "m.csv: has no metadata column (looked for \"title\", \"headline\", \"outlet\", "
       "\"publisher\", \"source_name\", \"date\", \"publication_date\", \"published\", "
       "\"pubdate\", \"url\", \"link\"; its columns: \"file\", \"size\")"},
      {"mapped file column missing", "file,outlet\na,AP\n", ColumnNames{.id = "doc"},
       "m.csv: has no file column (looked for \"doc\"; its columns: \"file\", \"outlet\")"},
      {"bad header",
       "\"file,outlet\na,AP\n",
       {},
       "m.csv:1: has a quoted field that is never closed"},
  };
  for (const Row& row : rows) {
    SUBCASE(row.why) { CHECK(parse_error(row.bytes, "m.csv", row.columns) == row.error); }
  }
}

TEST_CASE("metadata: read_inputs joins it to text files and counts those without a row") {
  auto dir = scratch_dir("metadata_join");
  fs::create_directories(dir / "texts");
  write_file(dir / "texts" / "a.txt", "Ay said so.");
  write_file(dir / "texts" / "b.txt", "Bee said so.");
  write_file(dir / "texts" / "c.txt", "Cee said so.");
  write_file(dir / "texts" / "feed.jsonl", "{\"id\":\"j\",\"text\":\"Jay said so.\"}\n");
  write_file(dir / "meta.tsv", "filename\tpublisher\tpublication_date\na\tAP\t2016-09-19\n");
  Strings warnings;
  FileMetadata table = FileMetadata::read(
      (dir / "meta.tsv").string(), {}, [&](const InputError& e) { warnings.push_back(e.message); });
  std::vector<Article> articles;
  ArticleSink sink{[&](Article&& a) { articles.push_back(std::move(a)); },
                   [&](const InputError& e) { FAIL(std::string(e.input + ": " + e.message)); },
                   [&](const InputError& e) { warnings.push_back(e.input + ": " + e.message); }};
  std::istringstream none;
  read_inputs({(dir / "texts").string()}, none, sink, {}, {{}, &table});
  REQUIRE(articles.size() == 4);
  CHECK(articles[0].outlet == "AP");
  CHECK(articles[0].date == "2016-09-19");
  CHECK(articles[1].outlet.empty());
  CHECK(articles[3].id == "j");  // record files carry their own metadata
  CHECK(warnings == Strings{(dir / "meta.tsv").string() +
                            ": 2 text files have no row (first: \"b.txt\"); those articles have "
                            "no metadata"});
}

TEST_CASE("metadata: PolNeAR's own table joins every dev text (skips without ../shared)") {
  fs::path texts = shared_path("data/polnear/dev/text");
  fs::path tsv = shared_path("data/polnear/metadata.tsv");
  if (texts.empty() || tsv.empty()) {
    MESSAGE("skipped: ../shared/data/polnear is absent");
    return;
  }
  Strings warnings;
  FileMetadata table = FileMetadata::read(
      tsv.string(), {}, [&](const InputError& e) { warnings.push_back(e.message); });
  CHECK(warnings == Strings{});
  std::size_t files = 0, joined_files = 0;
  for (const auto& entry : fs::directory_iterator(texts)) {
    Article article;
    ++files;
    if (table.apply(entry.path(), article) && !article.outlet.empty() && article.date.size() == 10)
      ++joined_files;
  }
  CHECK(files == 84);
  CHECK(joined_files == files);
}
