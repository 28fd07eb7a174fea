// Fuzzes the JSON Lines writers: an extraction and an article whose strings are any valid UTF-8
// (controls, noncharacters, quotes, backslashes) must write as one valid JSON line that the
// readers take back exactly (the date as the reader normalises it).

#include <sstream>

#include "fuzz_extraction.h"
#include "graph/io/dates.h"
#include "graph/io/extraction_input.h"
#include "graph/io/json_output.h"
#include "graph/io/record_input.h"
#include "record_round_trip.h"
#include "well_formed.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

/// Aborts unless the record of `stored` is one JSON line that reads back as it was written.
void require_record(const StoredArticle& stored) {
  std::string line = to_json_line(stored);
  require(line.find('\n') == std::string::npos, "a record spans lines", line);
  require_json(line);
  require_json(to_json_line(stored.extraction));
  if (stored.extraction.article_id.empty()) return;  // records must have an id
  require_round_trip(stored);
}

/// Aborts unless the JSON Lines record of `article` reads back as the same article.
void require_article(const Article& article) {
  std::string line = to_json_line(article);
  require_json(line);
  std::istringstream stream(line + "\n");
  std::vector<Article> read;
  ArticleSink sink{[&](Article&& a) { read.push_back(std::move(a)); }, [](const InputError&) {}};
  read_json_lines(stream, {"fuzz.jsonl", "fuzz", 1}, sink, {});
  bool usable = check_text(article.text).empty() && !article.id.empty();
  if (!usable) return;
  require(read.size() == 1, "an article does not read back", line);
  const Article& a = read.front();
  // The reader puts a date in ISO form and drops one it does not understand (with a warning).
  std::string date = iso_date(article.date).value_or("");
  require(a.id == article.id && a.text == article.text && a.title == article.title &&
              a.outlet == article.outlet && a.date == date && a.url == article.url,
          "an article reads back changed", line);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzBytes in(data, size);
  ExtractionMaker maker(in, true);
  Article article{maker.text(), maker.text(), maker.text(),
                  maker.text(), maker.text(), maker.text()};
  StoredArticle stored{maker.make(), maker.text(), in.u32()};
  require_record(stored);
  require_article(article);
  return 0;
}
