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

/// The longest record line read by default. Records carry their evidence text: a dense article
/// of the default 4 MiB limit makes one of 25 MB; reading a line takes up to about twice its
/// length, and a record's extraction about its length again, so a hostile line stays within
/// some 150 MB.
constexpr std::size_t kDefaultMaxRecordBytes = std::size_t{48} << 20;

/// Streams the records of `in` (errors name "<name>:<line>"): one call of `each` per good
/// record, one of `error` per bad line (or one over `max_bytes`), the rest still read.
void read_extraction_lines(std::istream& in, const std::string& name,
                           const std::function<void(StoredArticle&&)>& each,
                           const std::function<void(const InputError&)>& error,
                           std::size_t max_bytes = kDefaultMaxRecordBytes);

}  // namespace claimgraph
