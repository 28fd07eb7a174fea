#include "graph/resolve/kind_votes.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "graph/text/normalize.h"

namespace claimgraph {

namespace {

class PersonRetyper {
 public:
  PersonRetyper(std::vector<ArticleExtraction>& extractions, const std::vector<AliasRule>& rules)
      : extractions_(extractions) {
    for (const auto& rule : rules)
      for (const auto& n : rule.names) ruled_.insert(normalize_name(n));
  }

  SplitNotes run() {
    for (const auto& x : extractions_)
      for (const auto& e : x.entities) learn(x, e);
    for (auto& x : extractions_)
      for (auto& e : x.entities) retype(e);
    return notes();
  }

 private:
  /// Notes a full person's name words, or the articles a non-person key has under each name.
  void learn(const ArticleExtraction& x, const Entity& e) {
    if (e.kind == EntityKind::person) {
      std::string name = normalize_name(e.name);
      auto words = name_words(name);
      if (words.size() < 2) return;
      person_words_[words.front()].insert(name);
      person_words_[words.back()].insert(name);
      return;
    }
    if (e.kind == EntityKind::group) return;
    std::set<std::string> names{normalize_name(e.name)};
    for (const auto& a : e.aliases) names.insert(normalize_name(a));
    for (const auto& n : names) keys_by_name_[n][e.id].insert(&x);
    kind_of_[e.id] = e.kind;
  }

  /// Re-keys a guessed person to the non-person key of its name, if there is one.
  void retype(Entity& e) {
    if (e.kind != EntityKind::person) return;
    std::string name = normalize_name(e.name);
    if (ruled_.count(name)) return;
    auto words = name_words(name);
    for (const auto& w : words)  // a given name or surname of someone else the graph knows
      if (auto p = person_words_.find(w); p != person_words_.end())
        if (p->second.size() > 1 || !p->second.count(name)) return;
    auto it = keys_by_name_.find(name);
    if (words.empty() || it == keys_by_name_.end()) return;
    const std::string* best = nullptr;
    std::size_t most = 0;
    for (const auto& [id, articles] : it->second)
      if (articles.size() > most) most = articles.size(), best = &id;
    ++joined_[{*best, e.id}];
    e.id = *best;
    e.kind = kind_of_.at(*best);
  }

  SplitNotes notes() const {
    SplitNotes out;
    for (const auto& [link, count] : joined_)
      out.joined[link.first].push_back(
          {link.second, "named with no first name, title or honorific in " + std::to_string(count) +
                            " article" + (count == 1 ? "" : "s") +
                            ", and as this entity, with evidence, elsewhere"});
    return out;
  }

  std::vector<ArticleExtraction>& extractions_;
  std::unordered_set<std::string> ruled_;  // normalised names an alias rule decides
  /// First and last words of person names of two words or more -> those names.
  std::unordered_map<std::string, std::set<std::string>> person_words_;
  /// Normalised name -> non-person key -> the articles naming it so.
  std::unordered_map<std::string, std::map<std::string, std::set<const ArticleExtraction*>>>
      keys_by_name_;
  std::unordered_map<std::string, EntityKind> kind_of_;
  std::map<std::pair<std::string, std::string>, std::size_t> joined_;  // (key, person) -> count
};

}  // namespace

SplitNotes retype_guessed_people(std::vector<ArticleExtraction>& extractions,
                                 const std::vector<AliasRule>& rules) {
  return PersonRetyper(extractions, rules).run();
}

}  // namespace claimgraph
