#include "graph/resolve/cross_article.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "graph/text/normalize.h"

namespace claimgraph {

namespace {

/// The last word of a normalised name.
std::string last_word(const std::string& normalised) {
  auto p = normalised.rfind(' ');
  return p == std::string::npos ? normalised : normalised.substr(p + 1);
}

/// What the articles say about one key: its kind, names and aliases, normalised.
struct Key {
  std::string id;
  EntityKind kind = EntityKind::person;
  std::string display;            ///< the longest canonical name seen
  std::set<std::string> names;    ///< normalised canonical names
  std::set<std::string> aliases;  ///< normalised aliases
};

class CrossArticleResolver {
 public:
  CrossArticleResolver(std::vector<ArticleExtraction>& extractions,
                       const std::vector<AliasRule>& rules)
      : extractions_(extractions), rules_(rules) {}

  ClaimGraph run() {
    rekey_kept_apart();
    collect_keys();
    parent_.resize(keys_.size());
    std::iota(parent_.begin(), parent_.end(), 0);
    block_kept_apart();
    apply_same_rules();
    merge_surnames();
    merge_aliases();
    return build();
  }

 private:
  /// Article entities whose canonical name is one side of a "!=" rule get that side as their
  /// key, so "Donald Trump Jr." stops sharing "Donald Trump"'s first-and-last-name key.
  void rekey_kept_apart() {
    for (const auto& rule : rules_) {
      if (rule.same) continue;
      for (const auto& name : rule.names)
        for (auto& x : extractions_)
          for (auto& e : x.entities)
            if (normalize_name(e.name) == normalize_name(name))
              e.id = std::string(to_string(e.kind)) + ":" + slug(name);
    }
  }

  void collect_keys() {
    for (const auto& x : extractions_) {
      for (const auto& e : x.entities) {
        auto [it, added] = index_.try_emplace(e.id, keys_.size());
        if (added) keys_.push_back({e.id, e.kind, e.name, {}, {}});
        Key& k = keys_[it->second];
        if (e.name.size() > k.display.size()) k.display = e.name;
        k.names.insert(normalize_name(e.name));
        for (const auto& a : e.aliases) k.aliases.insert(normalize_name(a));
      }
    }
  }

  /// Keys a rule's name stands for: by id, or by a canonical name.
  std::vector<std::size_t> keys_named(const std::string& name) const {
    std::vector<std::size_t> out;
    std::string n = normalize_name(name);
    for (std::size_t k = 0; k < keys_.size(); ++k)
      if (keys_[k].id == name || keys_[k].names.count(n)) out.push_back(k);
    return out;
  }

  void block_kept_apart() {
    for (const auto& rule : rules_) {
      if (rule.same) continue;
      auto left = keys_named(rule.names[0]), right = keys_named(rule.names[1]);
      for (auto a : left)
        for (auto b : right) blocks_.push_back({a, b, &rule});
    }
  }

  void apply_same_rules() {
    for (const auto& rule : rules_) {
      if (!rule.same) continue;
      std::vector<std::size_t> members;
      for (const auto& name : rule.names)
        for (auto k : keys_named(name)) members.push_back(k);
      for (std::size_t i = 1; i < members.size(); ++i)
        unite(members[0], members[i], rule.where + ": " + rule.text);
      for (auto k : members) shown_as_[k] = rule.names[0];
    }
  }

  /// A person known only by a surname in some article joins the one person in the graph with
  /// that surname and a full name; with two candidates it stays apart (which would be a guess).
  void merge_surnames() {
    std::map<std::string, std::set<std::size_t>> full_by_surname;
    for (std::size_t k = 0; k < keys_.size(); ++k)
      if (keys_[k].kind == EntityKind::person)
        for (const auto& n : keys_[k].names)
          if (n.find(' ') != std::string::npos) full_by_surname[last_word(n)].insert(k);
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      const Key& key = keys_[k];
      if (key.kind != EntityKind::person || key.names.size() != 1) continue;
      const std::string& n = *key.names.begin();
      if (n.find(' ') != std::string::npos) continue;
      auto it = full_by_surname.find(last_word(n));
      if (it == full_by_surname.end()) continue;
      std::set<std::size_t> roots;
      for (auto f : it->second) roots.insert(find(f));
      if (roots.size() != 1) continue;
      auto target = *it->second.begin();
      unite(target, k, "surname of " + keys_[target].display + ", the only such person");
    }
  }

  /// An organisation, outlet or government body whose name is another key's alias is that key
  /// ("Russia Today" and "RT"); people are left out, as their aliases include bare surnames.
  void merge_aliases() {
    std::map<std::pair<EntityKind, std::string>, std::vector<std::size_t>> by_alias;
    for (std::size_t k = 0; k < keys_.size(); ++k)
      if (keys_[k].kind != EntityKind::person)
        for (const auto& a : keys_[k].aliases) by_alias[{keys_[k].kind, a}].push_back(k);
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      if (keys_[k].kind == EntityKind::person) continue;
      for (const auto& n : keys_[k].names) {
        auto it = by_alias.find({keys_[k].kind, n});
        if (it == by_alias.end()) continue;
        for (auto other : it->second)
          if (other != k) unite(other, k, "'" + keys_[k].display + "' is an alias of it");
      }
    }
  }

  std::size_t find(std::size_t k) {
    while (parent_[k] != k) k = parent_[k] = parent_[parent_[k]];
    return k;
  }

  /// Joins the groups of `into` and `k`, unless a "!=" rule keeps them apart.
  void unite(std::size_t into, std::size_t k, const std::string& reason) {
    std::size_t a = find(into), b = find(k);
    if (a == b) return;
    for (const auto& block : blocks_) {
      std::size_t x = find(block.left), y = find(block.right);
      if ((x == a && y == b) || (x == b && y == a)) {
        refused_.push_back({block.left, block.right, block.rule});
        return;
      }
    }
    parent_[b] = a;
    reason_[k] = reason;
    if (k != b) reason_.try_emplace(b, reason);
  }

  /// The key whose id the group takes: the one the user named first, else the fullest name,
  /// then the smallest id, so output does not depend on input order.
  std::size_t representative(const std::vector<std::size_t>& members) const {
    auto better = [&](std::size_t a, std::size_t b) {
      auto shown = shown_as_.find(a);
      bool a_named =
          shown != shown_as_.end() && keys_[a].names.count(normalize_name(shown->second));
      shown = shown_as_.find(b);
      bool b_named =
          shown != shown_as_.end() && keys_[b].names.count(normalize_name(shown->second));
      if (a_named != b_named) return a_named;
      if (keys_[a].display.size() != keys_[b].display.size())
        return keys_[a].display.size() > keys_[b].display.size();
      return keys_[a].id < keys_[b].id;
    };
    return *std::min_element(members.begin(), members.end(), better);
  }

  ClaimGraph build() {
    std::map<std::size_t, std::vector<std::size_t>> groups;
    for (std::size_t k = 0; k < keys_.size(); ++k) groups[find(k)].push_back(k);
    std::vector<std::size_t> rep_of(keys_.size());
    for (const auto& [root, members] : groups)
      for (auto k : members) rep_of[k] = representative(members);
    for (auto& x : extractions_)
      for (auto& e : x.entities) e.id = keys_[rep_of[index_.at(e.id)]].id;
    ClaimGraph graph;
    for (const auto& x : extractions_) graph.add_article(x);
    annotate(graph, rep_of);
    return graph;
  }

  /// Records on each entity the keys merged into it and those kept apart from it.
  void annotate(ClaimGraph& graph, const std::vector<std::size_t>& rep_of) {
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      auto v = graph.find_id(keys_[rep_of[k]].id);
      if (!v) continue;
      EntityNode& node = graph.entity(*v);
      if (auto shown = shown_as_.find(k); shown != shown_as_.end()) rename(node, shown->second);
      if (rep_of[k] != k) node.merged.push_back({keys_[k].id, reason_for(k)});
    }
    for (const auto& r : refused_) note_apart(graph, r.left, r.right, *r.rule);
  }

  std::string reason_for(std::size_t k) const {
    auto it = reason_.find(k);
    return it == reason_.end() ? "same group" : it->second;
  }

  static void rename(EntityNode& node, const std::string& name) {
    if (node.name == name) return;
    node.aliases.push_back(node.name);
    node.name = name;
    std::erase(node.aliases, name);
    std::sort(node.aliases.begin(), node.aliases.end());
    node.aliases.erase(std::unique(node.aliases.begin(), node.aliases.end()), node.aliases.end());
  }

  void note_apart(ClaimGraph& graph, std::size_t a, std::size_t b, const AliasRule& rule) {
    std::string reason = rule.where + ": " + rule.text;
    for (auto [self, other] : {std::pair{a, b}, std::pair{b, a}}) {
      auto v = graph.find_id(keys_[find(self)].id);
      if (!v) v = graph.find_id(keys_[self].id);
      if (!v) continue;
      auto& apart = graph.entity(*v).kept_apart;
      MergeNote note{keys_[other].id, reason};
      bool seen = std::any_of(apart.begin(), apart.end(), [&](const MergeNote& n) {
        return n.id == note.id && n.reason == note.reason;
      });
      if (!seen) apart.push_back(std::move(note));
    }
  }

  struct Block {
    std::size_t left, right;
    const AliasRule* rule;
  };

  std::vector<ArticleExtraction>& extractions_;
  const std::vector<AliasRule>& rules_;
  std::vector<Key> keys_;
  std::map<std::string, std::size_t> index_;     // id -> key
  std::vector<std::size_t> parent_;              // union-find over keys
  std::map<std::size_t, std::string> reason_;    // key -> why it joined its group
  std::map<std::size_t, std::string> shown_as_;  // key -> name a "=" rule shows it under
  std::vector<Block> blocks_;
  std::vector<Block> refused_;
};

}  // namespace

ClaimGraph build_claim_graph(std::vector<ArticleExtraction> extractions,
                             const std::vector<AliasRule>& rules) {
  return CrossArticleResolver(extractions, rules).run();
}

}  // namespace claimgraph
