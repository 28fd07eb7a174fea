#include "graph/resolve/bare_names.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "graph/text/normalize.h"

namespace claimgraph {

namespace {

/// Weight of the pooled rate in each candidate's estimate of how often an entity stands beside
/// it (an m-estimate): a candidate seen in few articles is not credited with every entity it
/// has not met yet.
constexpr double kPrior = 2.0;

/// "Mrs Clinton" is a one-word name with a courtesy title, not a full name.
bool is_courtesy(const std::string& w) {
  return w == "mr" || w == "mrs" || w == "ms" || w == "dr" || w == "miss";
}

/// True when a normalised name begins with a courtesy title ("mrs obama"); an empty one does not.
bool opens_with_courtesy(const std::string& normalised) {
  auto words = name_words(normalised);
  return !words.empty() && is_courtesy(words.front());
}

/// "sisi" of "el sisi" (the particle's hyphen normalises to a space) stays as it is; words a
/// full name may be called by alone: its first and its last.
std::vector<std::string> callable_words(const std::vector<std::string>& words) {
  if (words.size() < 2 || is_courtesy(words.front())) return {};
  return {words.front(), words.back()};
}

/// What the graph says about the full names a one-word name may stand for.
class BareNameLinker {
 public:
  BareNameLinker(std::vector<ArticleExtraction>& extractions, const std::vector<AliasRule>& rules)
      : extractions_(extractions) {
    for (const auto& rule : rules)
      for (const auto& n : rule.names) ruled_.insert(normalize_name(n));
  }

  SplitNotes run() {
    collect_bare_words();
    if (wanted_.empty()) return {};
    for (const auto& x : extractions_) count_candidates(x);
    for (auto& x : extractions_)
      for (auto& e : x.entities) link(x, e);
    return notes();
  }

 private:
  /// The one word of a person named by one word only ("Trump", "Mr. Trump"), or empty.
  std::string bare_word(const Entity& e) const {
    if (e.kind != EntityKind::person || ruled_.count(normalize_name(e.name))) return {};
    auto words = name_words(normalize_name(e.name));
    if (words.size() == 2 && is_courtesy(words[0])) words.erase(words.begin());
    // "el-Sisi", "Al Sisi": an Arabic article before a surname is no first name.
    if (words.size() == 2 && (words[0] == "al" || words[0] == "el")) words.erase(words.begin());
    return words.size() == 1 && !ruled_.count(words[0]) ? words[0] : std::string();
  }

  void collect_bare_words() {
    for (const auto& x : extractions_)
      for (const auto& e : x.entities)
        if (auto w = bare_word(e); !w.empty()) wanted_.insert(w);
  }

  /// Counts each full-name candidate's articles and the entities beside it in them.
  void count_candidates(const ArticleExtraction& x) {
    for (const auto& e : x.entities) {
      if (e.kind != EntityKind::person) continue;
      bool candidate = false;
      for (const auto& w : callable_words(name_words(normalize_name(e.name))))
        if (wanted_.count(w)) {
          by_word_[w].insert(e.id);
          candidate = true;
        }
      if (!candidate) continue;
      ++articles_[e.id];
      for (const auto& a : e.aliases)
        if (auto n = normalize_name(a); opens_with_courtesy(n)) ++courtesy_[e.id][n];
      for (const auto& other : x.entities)
        if (other.id != e.id) ++beside_[e.id][other.id];
    }
  }

  /// Re-keys `e` to the dominant full name its word stands for, if there is one.
  void link(const ArticleExtraction& x, Entity& e) {
    std::string word = bare_word(e);
    auto it = word.empty() ? by_word_.end() : by_word_.find(word);
    if (it == by_word_.end()) return;
    // A full name the article itself gives another of its entities is not this one: the
    // article kept "Mrs. Clinton" apart from its "Bill Clinton". Its other one-word names give
    // none (their keys may be full names only because this pass joined them), and a full name
    // keyed as the word itself ("Co. Obama") is no other person.
    std::set<std::string> named_here{e.id};
    for (const auto& other : x.entities)
      if (&other != &e && bare_word(other).empty()) named_here.insert(other.id);
    std::set<std::string> possible;
    std::set_difference(it->second.begin(), it->second.end(), named_here.begin(), named_here.end(),
                        std::inserter(possible, possible.end()));
    std::vector<double> prior;
    std::vector<std::string> candidates = called_so(e, possible, prior);
    if (candidates.empty()) return;
    std::vector<double> score = log_scores(x, e, candidates, prior);
    std::size_t best = std::max_element(score.begin(), score.end()) - score.begin();
    double total = 0;
    for (double s : score) total += std::exp(s - score[best]);
    if (1.0 / total < kBareNameConfidence || articles_[candidates[best]] < 2) return;
    ++linked_[{candidates[best], e.id}];
    e.id = candidates[best];
  }

  /// The candidates `e` may be, with the weight of each before the article's company is heard
  /// (`prior`): all, weighted by their articles; or for "Mrs. Obama" those that articles naming
  /// them in full also call so, weighted by how many do (a courtesy title says which of the
  /// family it is).
  std::vector<std::string> called_so(const Entity& e, const std::set<std::string>& all,
                                     std::vector<double>& prior) const {
    std::vector<std::string> forms;  // the courtesy forms the article calls `e` by
    for (const auto& n : e.aliases)
      if (auto f = normalize_name(n); opens_with_courtesy(f)) forms.push_back(f);
    if (auto f = normalize_name(e.name); opens_with_courtesy(f)) forms.push_back(f);
    std::vector<std::string> out;
    for (const auto& c : all) {
      double weight =
          forms.empty() ? static_cast<double>(articles_.at(c)) : courtesy_count(c, forms);
      // One article calling Bill Clinton "Mrs. Clinton" is a slip, not a courtesy form of his;
      // a full name one article gives ("Obama Plus") is too little to stand between a word and
      // the name dozens of articles give: as no candidate, it cannot take the word either.
      if (weight < 2) continue;
      out.push_back(c);
      prior.push_back(weight);
    }
    return out;
  }

  /// How many articles call the full name `c` by one of `forms`.
  double courtesy_count(const std::string& c, const std::vector<std::string>& forms) const {
    auto it = courtesy_.find(c);
    double n = 0;
    if (it == courtesy_.end()) return n;
    for (const auto& f : forms)
      if (auto k = it->second.find(f); k != it->second.end()) n += static_cast<double>(k->second);
    return n;
  }

  /// log prior + log P(entity beside it) for each entity of the article that stands
  /// beside some candidate elsewhere (the others tell nothing between them).
  std::vector<double> log_scores(const ArticleExtraction& x, const Entity& e,
                                 const std::vector<std::string>& candidates,
                                 const std::vector<double>& prior) {
    double all_articles = 0;
    for (const auto& c : candidates) all_articles += static_cast<double>(articles_[c]);
    std::vector<double> score(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) score[i] = std::log(prior[i]);
    for (const auto& other : x.entities) {
      if (other.id == e.id) continue;
      double pooled = 0;  // the articles of all candidates that hold `other`
      for (const auto& c : candidates) pooled += count_beside(c, other.id);
      if (pooled == 0) continue;  // beside none of them: it tells nothing between them
      for (std::size_t i = 0; i < candidates.size(); ++i) {
        double n = static_cast<double>(articles_[candidates[i]]);
        double rate =
            (count_beside(candidates[i], other.id) + kPrior * pooled / all_articles) / (n + kPrior);
        score[i] += std::log(rate);
      }
    }
    return score;
  }

  double count_beside(const std::string& candidate, const std::string& other) const {
    auto c = beside_.find(candidate);
    if (c == beside_.end()) return 0;
    auto o = c->second.find(other);
    return o == c->second.end() ? 0 : static_cast<double>(o->second);
  }

  SplitNotes notes() const {
    SplitNotes out;
    for (const auto& [link, count] : linked_) {
      const auto& [full, bare] = link;
      out.joined[full].push_back({bare, "one-word name in " + std::to_string(count) + " article" +
                                            (count == 1 ? "" : "s") +
                                            ": the dominant full name with that word, " +
                                            std::to_string(articles_.at(full)) +
                                            " articles, given each article's " + "other entities"});
    }
    return out;
  }

  std::vector<ArticleExtraction>& extractions_;
  std::unordered_set<std::string> ruled_;                  // normalised names an alias rule decides
  std::set<std::string> wanted_;                           // one-word person names in some article
  std::map<std::string, std::set<std::string>> by_word_;   // word -> full-name keys called so
  std::unordered_map<std::string, std::size_t> articles_;  // full-name key -> its articles
  /// Full-name key -> the courtesy forms ("mrs obama") its articles call it by.
  std::unordered_map<std::string, std::map<std::string, std::size_t>> courtesy_;
  /// Full-name key -> entity key -> articles holding both.
  std::unordered_map<std::string, std::unordered_map<std::string, std::size_t>> beside_;
  std::map<std::pair<std::string, std::string>, std::size_t> linked_;  // (full, bare) -> count
};

}  // namespace

SplitNotes link_bare_names(std::vector<ArticleExtraction>& extractions,
                           const std::vector<AliasRule>& rules) {
  return BareNameLinker(extractions, rules).run();
}

}  // namespace claimgraph
