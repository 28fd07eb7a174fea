#pragma once
// Reads back what `claimgraph extract` writes: one extraction record a line (the output
// contract, with the article's metadata, content hash and size). These are the partial results
// that `claimgraph merge` combines, so a record must come back exactly as it was written.

#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "graph/io/input.h"
#include "graph/model/extraction.h"

namespace claimgraph {

/// Parses one extraction record; throws std::runtime_error saying what is wrong with it.
StoredArticle parse_extraction_line(std::string_view line);

/// Streams the records of `in` (errors name "<name>:<line>"): one call of `each` per good
/// record, one of `error` per bad line, the rest still read.
void read_extraction_lines(std::istream& in, const std::string& name,
                           const std::function<void(StoredArticle&&)>& each,
                           const std::function<void(const InputError&)>& error);

}  // namespace claimgraph
