#include "graph/resolve/misspellings.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "graph/text/normalize.h"

namespace claimgraph {

namespace {

/// A person key with the articles behind it and the name it shows.
struct KeyCount {
  std::set<const ArticleExtraction*> articles;
  std::string name;
};

/// The part of a person key after "person:": its slug ("barack-obama").
std::string_view slug_of(const std::string& id) {
  return std::string_view(id).substr(std::string_view("person:").size());
}

/// Whether two slugs of one edit apart keep their word count and each word's first letter:
/// "barrack-obama" and "barack-obama" do; "jon-smith" and "don-smith" do not.
bool same_word_shape(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::string firsts;
    bool start = true;
    for (char c : s) {
      if (start) firsts += c;
      start = c == '-';
    }
    return firsts;
  };
  return words(a) == words(b) && a.find('-') != std::string_view::npos;
}

/// Every form of `s` with one byte dropped, and `s` itself.
std::vector<std::string> deletions(std::string_view s) {
  std::vector<std::string> out{std::string(s)};
  for (std::size_t i = 0; i < s.size(); ++i)
    out.push_back(std::string(s.substr(0, i)) + std::string(s.substr(i + 1)));
  return out;
}

std::map<std::string, KeyCount> count_person_keys(const std::vector<ArticleExtraction>& xs) {
  std::map<std::string, KeyCount> counts;
  for (const auto& x : xs)
    for (const auto& e : x.entities) {
      if (e.kind != EntityKind::person || !e.id.starts_with("person:")) continue;
      KeyCount& c = counts[e.id];
      c.articles.insert(&x);
      if (e.name.size() > c.name.size()) c.name = e.name;
    }
  return counts;
}

/// Keys a rule names, by canonical name or id: the user has decided those.
std::set<std::string> ruled_names(const std::vector<AliasRule>& rules) {
  std::set<std::string> out;
  for (const auto& r : rules)
    for (const auto& n : r.names) out.insert(normalize_name(n));
  return out;
}

class MisspellingFinder {
 public:
  MisspellingFinder(const std::map<std::string, KeyCount>& counts, std::set<std::string> ruled)
      : counts_(counts), ruled_(std::move(ruled)) {
    for (const auto& [id, c] : counts_)
      if (c.articles.size() >= kMisspellingMinArticles && !is_ruled(id, c))
        for (auto& d : deletions(slug_of(id))) common_by_deletion_[d].insert(id);
  }

  /// The common key `id` is a misspelling of, or empty.
  std::string common_spelling(const std::string& id, const KeyCount& c) const {
    if (is_ruled(id, c)) return {};
    std::set<std::string> found;
    for (auto& d : deletions(slug_of(id)))
      if (auto it = common_by_deletion_.find(d); it != common_by_deletion_.end())
        for (const auto& common : it->second)
          if (is_misspelling(id, c, common)) found.insert(common);
    return found.size() == 1 ? *found.begin() : std::string();
  }

 private:
  bool is_ruled(const std::string& id, const KeyCount& c) const {
    return ruled_.count(normalize_name(c.name)) || ruled_.count(normalize_name(id));
  }

  bool is_misspelling(const std::string& id, const KeyCount& c, const std::string& common) const {
    if (common == id) return false;
    std::size_t rare = c.articles.size(), often = counts_.at(common).articles.size();
    return often >= kMisspellingMajority * rare && same_word_shape(slug_of(id), slug_of(common)) &&
           edit_distance(slug_of(id), slug_of(common)) == 1;
  }

  const std::map<std::string, KeyCount>& counts_;
  std::set<std::string> ruled_;
  std::unordered_map<std::string, std::set<std::string>> common_by_deletion_;
};

}  // namespace

SplitNotes join_misspellings(std::vector<ArticleExtraction>& extractions,
                             const std::vector<AliasRule>& rules) {
  auto counts = count_person_keys(extractions);
  MisspellingFinder finder(counts, ruled_names(rules));
  std::map<std::string, std::string> rekey;
  SplitNotes notes;
  for (const auto& [id, c] : counts) {
    std::string common = finder.common_spelling(id, c);
    if (common.empty()) continue;
    rekey[id] = common;
    const KeyCount& to = counts.at(common);
    notes.joined[common].push_back(
        {id, "one letter from " + to.name + ", named in " + std::to_string(to.articles.size()) +
                 " articles against " + std::to_string(c.articles.size())});
  }
  for (auto& x : extractions)
    for (auto& e : x.entities)
      if (auto it = rekey.find(e.id); it != rekey.end()) e.id = it->second;
  return notes;
}

}  // namespace claimgraph
