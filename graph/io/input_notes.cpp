#include "graph/io/input_notes.h"

#include "graph/io/dates.h"

namespace claimgraph {

namespace {

/// At most this many bytes of an input's text are quoted in a warning: enough to recognise it.
constexpr std::size_t kQuoted = 60;

}  // namespace

std::string short_quote(std::string_view text) {
  if (text.size() <= kQuoted) return "\"" + std::string(text) + "\"";
  std::size_t end = kQuoted;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // whole chars
  return "\"" + std::string(text.substr(0, end)) + "...\"";
}

void WarningTally::note(std::string example) {
  if (count_++ == 0) first_ = std::move(example);
}

std::string WarningTally::message(std::string_view one, std::string_view many,
                                  std::string_view consequence) const {
  std::string head = std::to_string(count_) + " " + std::string(count_ == 1 ? one : many);
  return head + (count_ == 1 ? " (" : " (first: ") + first_ + ")" + std::string(consequence);
}

void InputNotes::take_date(Article& article, const std::string& where) {
  if (article.date.find_first_not_of(" \t\r\n") == std::string::npos) {
    article.date.clear();  // no date written: nothing was lost
    return;
  }
  if (auto iso = iso_date(article.date)) {
    article.date = std::move(*iso);
    return;
  }
  dates.note(short_quote(article.date) + " at " + where);
  article.date.clear();
}

void InputNotes::report(const std::string& input,
                        const std::function<void(const InputError&)>& warn) const {
  if (dates.count())
    warn({input, dates.message("date not understood", "dates not understood",
                               dates.count() == 1 ? "; that article has no date"
                                                  : "; those articles have no date")});
  if (empty.count())
    warn({input, empty.message("empty article skipped", "empty articles skipped", "")});
}

const std::function<void(const InputError&)>& warning_channel(const ArticleSink& sink) {
  return sink.warning ? sink.warning : sink.error;
}

}  // namespace claimgraph
