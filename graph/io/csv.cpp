#include "graph/io/csv.h"

#include <string>

namespace claimgraph {

namespace {

constexpr int kEof = std::char_traits<char>::eof();

}  // namespace

CsvReader::CsvReader(std::istream& in, std::size_t max_record_bytes)
    : buf_(in.rdbuf()), max_bytes_(max_record_bytes) {}

bool CsvReader::next(CsvRecord& record) {
  record.fields.assign(1, std::string());
  record.error.clear();
  record.line = line_;
  bytes_ = 0;
  if (!buf_ || buf_->sgetc() == kEof) return false;
  bool fresh = true;  // only a quote at the start of a field opens a quoted field
  for (int c; (c = buf_->sbumpc()) != kEof;) {
    if (c == '\n') {
      ++line_;
      return true;
    }
    if (c == '\r' && buf_->sgetc() == '\n') continue;  // CRLF: the '\n' ends the record
    if (c == ',') {
      // A field costs what an empty string takes, so a row of endless commas is bounded by
      // the memory it would use, not by its bytes (which would allow 32 times as much).
      bytes_ += sizeof(std::string);
      if (bytes_ <= max_bytes_)
        record.fields.emplace_back();
      else
        fail(record,
             "is over " + std::to_string(max_bytes_) + " bytes in memory (too many fields)");
      fresh = true;
    } else if (c == '"' && fresh) {
      read_quoted(record);
      fresh = false;
    } else {
      append(record, static_cast<char>(c));
      fresh = false;
    }
  }
  return true;  // the last record need not end with a newline
}

void CsvReader::read_quoted(CsvRecord& record) {
  for (int c; (c = buf_->sbumpc()) != kEof;) {
    if (c == '"') {
      if (buf_->sgetc() != '"') return check_after_quote(record);
      buf_->sbumpc();  // a doubled quote stands for one quote
    }
    if (c == '\n') ++line_;
    append(record, static_cast<char>(c));
  }
  fail(record, "has a quoted field that is never closed");
}

void CsvReader::check_after_quote(CsvRecord& record) {
  int c = buf_->sgetc();
  if (c != ',' && c != '\n' && c != '\r' && c != kEof)
    fail(record, "has text after the closing quote of a field");
}

void CsvReader::append(CsvRecord& record, char c) {
  if (++bytes_ > max_bytes_) {
    fail(record, "is over " + std::to_string(max_bytes_) + " bytes");
    return;
  }
  record.fields.back().push_back(c);
}

void CsvReader::fail(CsvRecord& record, std::string message) {
  if (record.error.empty()) record.error = std::move(message);
}

std::string csv_quoted(std::string_view field) {
  std::string out = "\"";
  for (char c : field) out += c == '"' ? std::string_view("\"\"") : std::string_view(&c, 1);
  return out + '"';
}

}  // namespace claimgraph
