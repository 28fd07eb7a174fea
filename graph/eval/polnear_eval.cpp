#include "graph/eval/polnear_eval.h"

#include "graph/text/utf8.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <stdexcept>
#include <string>

namespace claimgraph {

namespace {

bool is_trimmed(char32_t c) {
  switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '"':
    case '\'':
    case '`':
    case '-':
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return true;
    default:
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
             (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000;
  }
}

std::uint32_t number(std::string_view s, std::size_t line) {
  std::uint32_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size())
    throw std::runtime_error("line " + std::to_string(line) + ": bad offset '" + std::string(s) +
                             "'");
  return v;
}

/// "Source 89 106" or "Content 5 10;12 20" -> label and fragments.
std::pair<std::string, Fragments> parse_t(std::string_view field, std::size_t line) {
  auto space = field.find(' ');
  if (space == std::string_view::npos)
    throw std::runtime_error("line " + std::to_string(line) + ": no offsets");
  std::string label(field.substr(0, space));
  Fragments fragments;
  for (auto part : split_fields(field.substr(space + 1), ';')) {
    auto bounds = split_fields(part, ' ');
    if (bounds.size() != 2) throw std::runtime_error("line " + std::to_string(line) + ": bad span");
    fragments.push_back({number(bounds[0], line), number(bounds[1], line)});
  }
  return {label, fragments};
}

/// The trimmed, non-empty fragments of a span.
Fragments trimmed(const Fragments& f, std::u32string_view text) {
  Fragments out;
  for (const auto& s : f) {
    Span t = trim_span(s, text);
    if (!t.empty()) out.push_back(t);
  }
  return out;
}

std::size_t shared_chars(const Fragments& a, const Fragments& b) {
  std::size_t n = 0;
  for (const auto& x : a)
    for (const auto& y : b) {
      auto lo = std::max(x.start, y.start), hi = std::min(x.end, y.end);
      if (hi > lo) n += hi - lo;
    }
  return n;
}

/// A candidate match between prediction `p` and gold `g` sharing `overlap` characters.
struct Candidate {
  std::size_t overlap, p, g;
};

/// One-to-one matching, largest overlap first (ties in input order); returns the matches made.
std::size_t greedy_matches(std::vector<Candidate> candidates, std::size_t predicted,
                           std::size_t gold) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.overlap > b.overlap; });
  std::vector<bool> used_p(predicted), used_g(gold);
  std::size_t matched = 0;
  for (const auto& c : candidates) {
    if (used_p[c.p] || used_g[c.g]) continue;
    used_p[c.p] = used_g[c.g] = true;
    ++matched;
  }
  return matched;
}

/// Span matches for one role; `exact` requires identical trimmed fragments.
std::size_t match_count(const std::vector<Fragments>& pred, const std::vector<Fragments>& gold,
                        bool exact) {
  std::vector<Candidate> candidates;
  for (std::size_t p = 0; p < pred.size(); ++p)
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (exact && pred[p] != gold[g]) continue;
      if (auto n = shared_chars(pred[p], gold[g])) candidates.push_back({n, p, g});
    }
  return greedy_matches(std::move(candidates), pred.size(), gold.size());
}

RoleScore score_role(std::vector<Fragments> pred, const std::vector<Fragments>& gold_raw,
                     std::u32string_view text) {
  std::vector<Fragments> gold;
  for (const auto& g : gold_raw) gold.push_back(trimmed(g, text));
  for (auto& p : pred) p = trimmed(p, text);
  // A span shared by several attributions is one span, on both sides.
  std::sort(pred.begin(), pred.end());
  pred.erase(std::unique(pred.begin(), pred.end()), pred.end());
  std::erase_if(pred, [](const Fragments& f) { return f.empty(); });
  RoleScore s;
  for (Counts* c : {&s.exact, &s.overlap}) {
    c->predicted = pred.size();
    c->gold = gold.size();
  }
  s.exact.matched_predicted = s.exact.matched_gold = match_count(pred, gold, true);
  s.overlap.matched_predicted = s.overlap.matched_gold = match_count(pred, gold, false);
  return s;
}

Counts score_linked(const PolnearGold& gold, const std::vector<Attribution>& predicted,
                    std::u32string_view text) {
  std::vector<Fragments> gold_cues, gold_sources;
  for (const auto& f : gold.cues) gold_cues.push_back(trimmed(f, text));
  for (const auto& f : gold.sources) gold_sources.push_back(trimmed(f, text));
  std::vector<Candidate> candidates;
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    Fragments pcue = trimmed({predicted[p].cue}, text);
    std::optional<Fragments> psrc;
    if (predicted[p].source) psrc = trimmed({*predicted[p].source}, text);
    for (std::size_t g = 0; g < gold.attributions.size(); ++g) {
      const auto& ga = gold.attributions[g];
      std::size_t cue_overlap = shared_chars(pcue, gold_cues[ga.cue]);
      if (!cue_overlap) continue;
      bool sources_ok = !psrc && !ga.source;
      if (psrc && ga.source) sources_ok = shared_chars(*psrc, gold_sources[*ga.source]) > 0;
      if (sources_ok) candidates.push_back({cue_overlap, p, g});
    }
  }
  Counts c;
  c.predicted = predicted.size();
  c.gold = gold.attributions.size();
  c.matched_predicted = c.matched_gold =
      greedy_matches(std::move(candidates), predicted.size(), gold.attributions.size());
  return c;
}

}  // namespace

Span trim_span(Span span, std::u32string_view text) {
  span.end = std::min<std::uint32_t>(span.end, static_cast<std::uint32_t>(text.size()));
  while (span.start < span.end && is_trimmed(text[span.start])) ++span.start;
  while (span.end > span.start && is_trimmed(text[span.end - 1])) --span.end;
  return span;
}

RoleScore& RoleScore::operator+=(const RoleScore& o) {
  exact += o.exact;
  overlap += o.overlap;
  return *this;
}

PolnearScore& PolnearScore::operator+=(const PolnearScore& o) {
  source += o.source;
  cue += o.cue;
  content += o.content;
  linked += o.linked;
  return *this;
}

PolnearGold parse_ann(std::string_view ann) {
  std::map<std::string, std::pair<std::string, Fragments>, std::less<>> spans;
  std::vector<std::vector<std::string_view>> events;
  std::size_t line_no = 0;
  for (auto line : split_fields(ann, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // Only T and E lines matter; a span's surface text may run over several lines, and the
    // continuation lines carry no tab.
    auto fields = split_fields(line, '\t');
    if (line.empty() || fields.size() < 2 || (line.front() != 'T' && line.front() != 'E')) continue;
    if (line.front() == 'T') spans.emplace(std::string(fields[0]), parse_t(fields[1], line_no));
    if (line.front() == 'E') events.push_back(split_fields(fields[1], ' '));
  }
  PolnearGold gold;
  // T id -> position in a role list, per list: one span may be a cue in one event and a
  // source in another, and must then have a place in both lists.
  std::map<const std::vector<Fragments>*, std::map<std::string, std::size_t, std::less<>>> index;
  auto role_index = [&](std::string_view id, std::vector<Fragments>& list) {
    auto it = spans.find(id);
    if (it == spans.end())
      throw std::runtime_error("event refers to unknown span " + std::string(id));
    auto [slot, added] = index[&list].try_emplace(std::string(id), list.size());
    if (added) list.push_back(it->second.second);
    return slot->second;
  };
  for (const auto& event : events) {
    GoldAttribution a;
    bool has_cue = false;
    for (auto arg : event) {
      auto colon = arg.find(':');
      if (colon == std::string_view::npos) continue;
      auto role = arg.substr(0, colon);
      auto id = arg.substr(colon + 1);
      if (role == "Cue") {
        a.cue = role_index(id, gold.cues);
        has_cue = true;
      } else if (role == "Source") {
        a.source = role_index(id, gold.sources);
      } else if (role.starts_with("Content")) {
        a.content.push_back(role_index(id, gold.contents));
      }
    }
    if (has_cue) gold.attributions.push_back(std::move(a));
  }
  return gold;
}

PolnearScore score_polnear(const PolnearGold& gold, const std::vector<Attribution>& predicted,
                           std::u32string_view text) {
  std::vector<Fragments> sources, cues, contents;
  for (const auto& a : predicted) {
    if (a.source) sources.push_back({*a.source});
    cues.push_back({a.cue});
    contents.push_back(a.content);
  }
  PolnearScore s;
  s.source = score_role(sources, gold.sources, text);
  s.cue = score_role(cues, gold.cues, text);
  s.content = score_role(contents, gold.contents, text);
  s.linked = score_linked(gold, predicted, text);
  return s;
}

}  // namespace claimgraph
