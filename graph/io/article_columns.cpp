#include "graph/io/article_columns.h"

#include <algorithm>
#include <array>

namespace claimgraph {

namespace {

/// `names` quoted and joined with ", ", at most `limit` of them, then how many more there are.
std::string quoted_list(const std::vector<std::string>& names, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < limit; ++i)
    out += (i ? ", \"" : "\"") + names[i] + "\"";
  if (names.size() > limit) out += " and " + std::to_string(names.size() - limit) + " more";
  return out;
}

}  // namespace

const std::string& ColumnNames::given(ArticleField field) const {
  switch (field) {
    case ArticleField::text:
      return text;
    case ArticleField::id:
      return id;
    case ArticleField::title:
      return title;
    case ArticleField::outlet:
      return outlet;
    case ArticleField::date:
      return date;
    case ArticleField::url:
      break;
  }
  return url;
}

std::string Article::*article_member(ArticleField field) {
  switch (field) {
    case ArticleField::text:
      return &Article::text;
    case ArticleField::id:
      return &Article::id;
    case ArticleField::title:
      return &Article::title;
    case ArticleField::outlet:
      return &Article::outlet;
    case ArticleField::date:
      return &Article::date;
    case ArticleField::url:
      break;
  }
  return &Article::url;
}

std::string_view field_name(ArticleField field) {
  constexpr std::array<std::string_view, 6> kNames{"text", "id", "title", "outlet", "date", "url"};
  return kNames[static_cast<std::size_t>(field)];
}

std::vector<std::string> names_for(ArticleField field, const ColumnNames& names) {
  if (!names.given(field).empty()) return {names.given(field)};
  // Names news exports and scrapers commonly use; the list is about formats, not any corpus.
  switch (field) {
    case ArticleField::text:
      return {"text", "body", "content", "article"};
    case ArticleField::id:
      return {"id"};
    case ArticleField::title:
      return {"title", "headline"};
    case ArticleField::outlet:
      return {"outlet", "publisher", "source_name"};
    case ArticleField::date:
      return {"date", "publication_date", "published", "pubdate"};
    case ArticleField::url:
      break;
  }
  return {"url", "link"};
}

std::vector<std::string> file_names_for(const ColumnNames& names) {
  if (!names.id.empty()) return {names.id};
  return {"file", "filename", "id"};
}

std::string column_key(std::string_view name) {
  if (name.starts_with("\xEF\xBB\xBF")) name.remove_prefix(3);  // spreadsheets often write a BOM
  auto first = name.find_first_not_of(" \t"), last = name.find_last_not_of(" \t");
  std::string key(first == std::string_view::npos ? "" : name.substr(first, last - first + 1));
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return key;
}

std::size_t find_column(const std::vector<std::string>& header,
                        const std::vector<std::string>& names) {
  for (const auto& name : names) {
    std::string wanted = column_key(name);
    for (std::size_t i = 0; i < header.size(); ++i)
      if (column_key(header[i]) == wanted) return i;
  }
  return std::string::npos;
}

std::string missing_field(std::string_view field, std::string_view kind,
                          const std::vector<std::string>& tried,
                          const std::vector<std::string>& present) {
  std::string message = "has no " + std::string(field) + " " + std::string(kind);
  message += " (looked for " + quoted_list(tried, tried.size()) + "; ";
  if (present.empty()) return message + "it has none)";
  return message + "its " + std::string(kind) + "s: " + quoted_list(present, 20) + ")";
}

}  // namespace claimgraph
