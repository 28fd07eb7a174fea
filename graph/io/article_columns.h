#pragma once
// Which column of a CSV file or a metadata table, or which key of a JSON Lines object, holds
// each field of an article. Without a name from the user the usual name is tried first, then a
// few common synonyms (the text column is often "body" or "content"); a name the user gives
// replaces them. The synonyms, best first:
//   text: text, body, content, article        id: id
//   title: title, headline                    url: url, link
//   outlet: outlet, publisher, source_name    date: date, publication_date, published, pubdate
//   a metadata table's file column: file, filename, id

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/text/document.h"

namespace claimgraph {

/// The fields of an article an input can name.
enum class ArticleField { text, id, title, outlet, date, url };

/// Every field, in the order of Article's members.
inline constexpr ArticleField kArticleFields[] = {ArticleField::text,  ArticleField::id,
                                                  ArticleField::title, ArticleField::outlet,
                                                  ArticleField::date,  ArticleField::url};

/// The column or key names the user gave (--text-column and the like); empty: the usual ones.
struct ColumnNames {
  std::string text{}, id{}, title{}, outlet{}, date{},
      url{};  ///< `{}`: partial inits leave the rest empty
  /// The name given for `field`, or empty.
  const std::string& given(ArticleField field) const;
};

/// The member of Article that holds `field`.
std::string Article::*article_member(ArticleField field);

/// The field's usual name ("text", "outlet"), as messages call it.
std::string_view field_name(ArticleField field);

/// The names tried for `field`, best first: the one given, or the usual name and its synonyms.
std::vector<std::string> names_for(ArticleField field, const ColumnNames& names);

/// The names tried for the file column of a metadata table: the name given for the id, or
/// "file", "filename" and "id".
std::vector<std::string> file_names_for(const ColumnNames& names);

/// A header name as it is matched: without a byte-order mark or surrounding blanks, in lower
/// case, so "Text", " text" and a spreadsheet's BOM-prefixed "text" are all "text".
std::string column_key(std::string_view name);

/// The index of the first of `names` found in `header` (both compared as column_key), or npos.
std::size_t find_column(const std::vector<std::string>& header,
                        const std::vector<std::string>& names);

/// Why an input lacks a field: `has no text column (looked for "text", "body"; its columns:
/// "id", "story")`, with `kind` "column" or "key"; at most 20 present names are listed.
std::string missing_field(std::string_view field, std::string_view kind,
                          const std::vector<std::string>& tried,
                          const std::vector<std::string>& present);

}  // namespace claimgraph
