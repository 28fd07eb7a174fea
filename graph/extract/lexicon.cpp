#include "graph/extract/lexicon.h"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <map>
#include <sstream>
#include <stdexcept>

#include "graph/extract/lexicon_data.h"
#include "graph/text/hash.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

using Row = std::vector<std::string_view>;
using Files = std::map<std::string, std::string_view, std::less<>>;

/// Spaces and CRs only: a tab separates TSV fields, and a trailing one marks an empty column.
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

/// Calls `row` for each data line of a TSV lexicon, checking it has `columns` fields.
void for_each_row(const Files& files, std::string_view name, std::size_t columns,
                  const std::function<void(const Row&)>& row) {
  auto it = files.find(name);
  if (it == files.end()) throw std::runtime_error("lexicon " + std::string(name) + " is missing");
  std::size_t line_no = 0;
  for (std::string_view line : split_fields(it->second, '\n')) {
    ++line_no;
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    Row fields = split_fields(line, '\t');
    if (columns == 1) fields = {line};
    if (fields.size() != columns) {
      throw std::runtime_error("lexicon " + std::string(name) + " line " + std::to_string(line_no) +
                               ": expected " + std::to_string(columns) +
                               " tab-separated fields, got " + std::to_string(fields.size()));
    }
    for (auto& f : fields) f = trim(f);
    row(fields);
  }
}

/// The `|`-separated values of a field, without empty ones.
std::vector<std::string_view> values(std::string_view field) {
  std::vector<std::string_view> out;
  for (auto v : split_fields(field, '|'))
    if (!trim(v).empty()) out.push_back(trim(v));
  return out;
}

EntityKind kind_or_throw(std::string_view name, std::string_view file) {
  if (auto k = parse_entity_kind(name)) return *k;
  throw std::runtime_error("lexicon " + std::string(file) + ": unknown entity kind '" +
                           std::string(name) + "'");
}

void load_outlets(Lexicon& lex, const Files& f) {
  for_each_row(f, "outlets.tsv", 4, [&](const Row& r) {
    KnownName n{std::string(r[0]), EntityKind::outlet, "", r[3] == "1", false};
    lex.names.insert(r[0], n, true);
    for (auto a : values(r[1])) lex.names.insert(a, n, true);
  });
}

void load_countries(Lexicon& lex, const Files& f) {
  for_each_row(f, "countries.tsv", 4, [&](const Row& r) {
    auto index = static_cast<std::uint32_t>(lex.countries.size());
    auto adjectives = values(r[2]);
    lex.countries.push_back({std::string(r[0]), std::string(r[1]),
                             adjectives.empty() ? std::string(r[0]) : std::string(adjectives[0])});
    KnownName n{std::string(r[1]), EntityKind::government, std::string(r[0]), false, true};
    lex.names.insert(r[0], n, true);
    lex.names.insert(r[1], n, false);
    for (auto m : values(r[3])) lex.names.insert(m, n, true);
    lex.country_words.insert(r[0], index, true);
    for (auto a : adjectives) lex.country_words.insert(a, index, true);
  });
}

/// A named organisation of organizations.tsv or wordnet_organizations.tsv.
void add_organization(Lexicon& lex, const Row& r) {
  KnownName n{std::string(r[0]), kind_or_throw(r[2], "organizations"), "", false, false};
  lex.names.insert(r[0], n, true);
  for (auto a : values(r[1])) lex.names.insert(a, n, true);
}

/// WordNet's named organisations, after every curated name: a phrase keeps its first entry,
/// so these only fill gaps.
void load_wordnet_organizations(Lexicon& lex, const Files& f) {
  for_each_row(f, "wordnet_organizations.tsv", 3, [&](const Row& r) { add_organization(lex, r); });
}

void load_bodies(Lexicon& lex, const Files& f) {
  for_each_row(f, "government_bodies.tsv", 3, [&](const Row& r) {
    KnownName n{std::string(r[0]), EntityKind::government, std::string(r[2]), false, false};
    lex.bodies.emplace(to_lower_utf8(r[0]), n);
    lex.names.insert(r[0], n, true);
    for (auto a : values(r[1])) lex.names.insert(a, n, true);
  });
  for_each_row(f, "organizations.tsv", 3, [&](const Row& r) { add_organization(lex, r); });
  for_each_row(f, "body_nouns.tsv", 2,
               [&](const Row& r) { lex.body_nouns.insert(r[0], std::string(r[1]), false); });
}

void load_people_words(Lexicon& lex, const Files& f) {
  for_each_row(f, "titles.tsv", 3, [&](const Row& r) {
    lex.titles.insert(r[0], Title{std::string(r[1]), std::string(r[2])}, false);
  });
  for_each_row(f, "first_names.txt", 1,
               [&](const Row& r) { lex.first_names.insert(to_lower_utf8(r[0])); });
  for_each_row(f, "stop_caps.txt", 1,
               [&](const Row& r) { lex.stop_caps.insert(to_lower_utf8(r[0])); });
  for_each_row(f, "common_words.txt", 1,
               [&](const Row& r) { lex.common_words.insert(to_lower_utf8(r[0])); });
  // Words for a kind of people ("Latino", "Kurdish") are, like ordinary words, no one's name.
  for_each_row(f, "class_words.txt", 1,
               [&](const Row& r) { lex.common_words.insert(to_lower_utf8(r[0])); });
  for_each_row(f, "org_suffixes.tsv", 2, [&](const Row& r) {
    lex.org_suffixes.emplace(to_lower_utf8(r[0]), kind_or_throw(r[1], "org_suffixes.tsv"));
  });
  for_each_row(f, "campaign_parts.txt", 1,
               [&](const Row& r) { lex.campaign_parts.insert(to_lower_utf8(r[0])); });
  for_each_row(f, "company_nouns.txt", 1,
               [&](const Row& r) { lex.company_nouns.insert(to_lower_utf8(r[0])); });
  for_each_row(f, "company_heads.tsv", 2, [&](const Row& r) {
    if (r[1] == "usual") lex.company_heads.insert(to_lower_utf8(r[0]));
    lex.company_senses.insert(to_lower_utf8(r[0]));
  });
  for_each_row(f, "first_name_gender.tsv", 4, [&](const Row& r) {
    lex.first_name_gender[to_lower_utf8(r[0])] = r[1] == "female" ? Gender::female : Gender::male;
  });
  for_each_row(f, "person_nouns.txt", 1,
               [&](const Row& r) { lex.person_nouns.insert(to_lower_utf8(r[0])); });
  for_each_row(f, "source_nouns.txt", 1,
               [&](const Row& r) { lex.source_nouns.insert(to_lower_utf8(r[0])); });
  for_each_row(f, "role_verbs.txt", 1,
               [&](const Row& r) { lex.role_verbs.insert(to_lower_utf8(r[0])); });
  for_each_row(f, "places.txt", 1, [&](const Row& r) { lex.places.insert(r[0], true, true); });
  for_each_row(f, "wordnet_places.txt", 1,
               [&](const Row& r) { lex.places.insert(r[0], true, true); });
  for_each_row(f, "non_entity_suffixes.txt", 1,
               [&](const Row& r) { lex.non_entity_suffixes.insert(to_lower_utf8(r[0])); });
  for_each_row(f, "descriptors.tsv", 2, [&](const Row& r) {
    lex.descriptors.emplace(to_lower_utf8(r[0]), kind_or_throw(r[1], "descriptors.tsv"));
  });
}

CueType cue_type(std::string_view s) {
  if (s == "verb") return CueType::verb;
  if (s == "prep") return CueType::prep;
  if (s == "noun") return CueType::noun;
  throw std::runtime_error("lexicon attribution_cues.tsv: unknown cue type '" + std::string(s) +
                           "'");
}

RelationCue relation_cue(std::string_view s) {
  static const std::map<std::string_view, RelationCue> kinds = {
      {"contact", RelationCue::contact},
      {"denial", RelationCue::denial},
      {"contact_direct", RelationCue::contact_direct},
      {"contact_money", RelationCue::contact_money},
      {"contact_noun", RelationCue::contact_noun},
      {"affiliation", RelationCue::affiliation},
      {"negation", RelationCue::negation},
      {"hedge", RelationCue::hedge},
      {"report", RelationCue::report},
      {"negated_contact", RelationCue::negated_contact},
      {"claim", RelationCue::claim},
      {"denial_adjective", RelationCue::denial_adjective},
      {"blocked", RelationCue::blocked}};
  auto it = kinds.find(s);
  if (it == kinds.end())
    throw std::runtime_error("lexicon relation_cues.tsv: unknown relation '" + std::string(s) +
                             "'");
  return it->second;
}

void load_cues(Lexicon& lex, const Files& f) {
  for_each_row(f, "attribution_cues.tsv", 3, [&](const Row& r) {
    lex.attribution_cues.insert(r[0], Cue{cue_type(r[2]), std::string(r[1])}, false);
  });
  // The hand-made cues first: on a clash they win over the forms generated from WordNet.
  for (auto file : {"relation_cues.tsv", "wordnet_cues.tsv"})
    for_each_row(f, file, 3,
                 [&](const Row& r) { lex.relation_cues.insert(r[0], relation_cue(r[1]), false); });
}

}  // namespace

namespace {

/// The files by name, so the order they come in does not matter.
Files files_by_name(const std::vector<EmbeddedFile>& files) {
  Files named;
  for (const auto& file : files) named.emplace(std::string(file.name), file.content);
  return named;
}

/// The hash of every file's name and content, in name order.
std::string fingerprint_of_files(const Files& files) {
  std::vector<std::string_view> parts;
  for (const auto& [name, content] : files) {
    parts.push_back(name);
    parts.push_back(content);
  }
  return content_hash(parts);
}

}  // namespace

std::string Lexicon::fingerprint_of(const std::vector<EmbeddedFile>& files) {
  return fingerprint_of_files(files_by_name(files));
}

const std::string& Lexicon::builtin_fingerprint() {
  static const std::string fingerprint = fingerprint_of(embedded_lexicons());
  return fingerprint;
}

Lexicon Lexicon::from_files(const std::vector<EmbeddedFile>& files) {
  const Files by_name = files_by_name(files);
  Lexicon lex;
  lex.fingerprint_ = fingerprint_of_files(by_name);
  // The cue model is a third of the parse and shares nothing with the rest: parsed meanwhile on
  // a thread of its own, as every build waits for the lexicon before extracting anything.
  std::future<CueModel> model;
  if (auto file = by_name.find("cue_model.txt"); file != by_name.end())
    model = std::async(std::launch::async,
                       [file] { return CueModel::parse(file->second, file->first); });
  load_outlets(lex, by_name);
  load_bodies(lex, by_name);
  load_countries(lex, by_name);
  load_wordnet_organizations(lex, by_name);
  load_people_words(lex, by_name);
  load_cues(lex, by_name);
  for_each_row(by_name, "boilerplate.txt", 1, [&](const Row& r) {
    std::string glob = to_lower_utf8(r[0]);
    auto first_star = glob.find('*'), last_star = glob.rfind('*');
    std::string prefix = glob.substr(0, first_star);
    std::string suffix = last_star == std::string::npos ? glob : glob.substr(last_star + 1);
    std::size_t bucket = prefix.empty() ? 256 : static_cast<unsigned char>(prefix[0]);
    lex.furniture_by_byte_[bucket].push_back(static_cast<std::uint32_t>(lex.furniture_.size()));
    lex.furniture_.push_back({std::move(glob), std::move(prefix), std::move(suffix)});
  });
  if (model.valid()) lex.cue_model = model.get();
  return lex;
}

const Lexicon& Lexicon::builtin() {
  static const Lexicon lexicon = from_files(embedded_lexicons());
  return lexicon;
}

Lexicon Lexicon::from_directory(const std::string& dir) {
  std::vector<std::string> contents;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    contents.push_back(buf.str());
    names.push_back(entry.path().filename().string());
  }
  std::vector<EmbeddedFile> files;
  for (std::size_t i = 0; i < names.size(); ++i) files.push_back({names[i], contents[i]});
  return from_files(files);
}

namespace {

/// ASCII upper-case letters to lower case; every other byte as it is.
char fold_ascii(char c) {
  auto u = static_cast<unsigned char>(c);
  return static_cast<char>(static_cast<unsigned>(u - 'A') < 26u ? u + 32 : u);
}

/// True when every byte of `s` is ASCII, checked eight bytes at a time.
bool all_ascii(std::string_view s) {
  std::size_t k = 0;
  for (std::uint64_t chunk; k + 8 <= s.size(); k += 8)
    if (std::memcpy(&chunk, s.data() + k, 8), chunk & 0x8080808080808080ull) return false;
  for (; k < s.size(); ++k)
    if (static_cast<unsigned char>(s[k]) >= 0x80) return false;
  return true;
}

/// Whether the first lower.size() bytes of `text`, ASCII case folded, equal lower-case `lower`.
bool equals_folded(std::string_view text, std::string_view lower) {
  for (std::size_t k = 0; k < lower.size(); ++k)
    if (fold_ascii(text[k]) != lower[k]) return false;
  return true;
}

}  // namespace

bool Lexicon::is_furniture(std::string_view line) const {
  // Page furniture is a short line; prose paragraphs are not worth matching.
  if (furniture_.empty() || line.size() > kMaxFurnitureBytes) return false;
  line = trim(line);
  // An ASCII line is matched as written, its case folded as it is compared: lower-casing every
  // line into a new string cost more than the matching. Unicode case rules can change a
  // line's bytes and length, so other lines are lower-cased first.
  std::string unicode_lower;
  if (!all_ascii(line)) line = unicode_lower = to_lower_utf8(line);
  if (!line.empty())
    for (std::uint32_t p : furniture_by_byte_[static_cast<unsigned char>(fold_ascii(line[0]))])
      if (matches_furniture(p, line)) return true;
  for (std::uint32_t p : furniture_by_byte_[256])
    if (matches_furniture(p, line)) return true;
  return false;
}

bool Lexicon::matches_furniture(std::uint32_t p, std::string_view lower) const {
  // `lower` may also be an ASCII line not yet lower-cased: folding ASCII case as we compare
  // leaves a lower-case line as it is.
  const FurniturePattern& f = furniture_[p];
  if (lower.size() < f.prefix.size() || lower.size() < f.suffix.size()) return false;
  // The last byte first: it turns away nearly every line.
  if (!f.suffix.empty() && fold_ascii(lower.back()) != f.suffix.back()) return false;
  if (!equals_folded(lower.substr(lower.size() - f.suffix.size()), f.suffix) ||
      !equals_folded(lower, f.prefix))
    return false;
  char folded[kMaxFurnitureBytes];
  // Only a Unicode line, lower-cased already, can have grown past the limit.
  if (lower.size() > sizeof folded) return glob_match(f.glob, lower);
  for (std::size_t k = 0; k < lower.size(); ++k) folded[k] = fold_ascii(lower[k]);
  return glob_match(f.glob, std::string_view(folded, lower.size()));
}

LexiconVerdict lexicon_verdict(const Cue* cue) {
  if (!cue) return LexiconVerdict::none;
  switch (cue->type) {
    case CueType::verb:
      return LexiconVerdict::verb;
    case CueType::prep:
      return LexiconVerdict::prep;
    case CueType::noun:
      return LexiconVerdict::noun;
  }
  return LexiconVerdict::none;
}

bool glob_match(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool holds_singular_of(const WordSet& set, std::string_view plural) {
  if (plural.size() < 4 || plural.back() != 's' || plural.ends_with("ss")) return false;
  if (set.count(plural.substr(0, plural.size() - 1))) return true;
  if (plural.ends_with("es") && set.count(plural.substr(0, plural.size() - 2))) return true;
  if (!plural.ends_with("ies")) return false;
  std::string y(plural.substr(0, plural.size() - 3));
  return set.count(y + "y") > 0;
}

}  // namespace claimgraph
