#include "graph/resolve/cross_article.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "graph/resolve/bare_names.h"
#include "graph/resolve/kind_votes.h"
#include "graph/resolve/middle_names.h"
#include "graph/resolve/misspellings.h"
#include "graph/resolve/rule_split.h"
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
  EntityKind kind = EntityKind::person;  ///< as extraction gave it, until a rule sets it
  std::string display;                   ///< the longest canonical name seen
  std::set<std::string> names;           ///< normalised canonical names
  std::set<std::string> aliases;         ///< normalised aliases
};

class CrossArticleResolver {
 public:
  CrossArticleResolver(std::vector<ArticleExtraction>& extractions,
                       const std::vector<AliasRule>& rules)
      : extractions_(extractions), rules_(rules) {}

  ClaimGraph run() {
    split_ = split_kept_apart(extractions_, rules_);
    initials_ = split_by_middle_initials(extractions_);
    misspellings_ = join_misspellings(extractions_, rules_);
    bare_links_ = link_bare_names(extractions_, rules_);
    retyped_ = retype_guessed_people(extractions_, rules_);
    collect_keys();
    index_names();
    parent_.resize(keys_.size());
    std::iota(parent_.begin(), parent_.end(), 0);
    blocks_of_.resize(keys_.size());
    block_kept_apart();
    apply_same_rules();
    merge_surnames();
    merge_aliases();
    return build();
  }

 private:
  /// A "!=" rule between two keys: `left` is the key whose list holds it.
  struct Block {
    std::size_t left, right;
    const AliasRule* rule;
  };

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

  /// Indexes the keys by normalised canonical name, so a rule finds its keys in one look-up.
  void index_names() {
    for (std::size_t k = 0; k < keys_.size(); ++k)
      for (const auto& n : keys_[k].names) by_name_[n].push_back(k);
  }

  /// Keys a rule's name stands for: by id, by a canonical name, or by the key a "!=" side gave
  /// (whatever its kind); sorted, without duplicates.
  std::vector<std::size_t> keys_named(const std::string& name) const {
    std::vector<std::size_t> out;
    if (auto it = index_.find(name); it != index_.end()) out.push_back(it->second);
    for (EntityKind kind : kAllEntityKinds)
      if (auto it = index_.find(std::string(to_string(kind)) + ":" + slug(name));
          it != index_.end())
        out.push_back(it->second);
    if (auto it = by_name_.find(normalize_name(name)); it != by_name_.end())
      out.insert(out.end(), it->second.begin(), it->second.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  void block_kept_apart() {
    for (const auto& rule : rules_) {
      if (rule.same) continue;
      auto left = keys_named(rule.names[0]), right = keys_named(rule.names[1]);
      for (auto a : left)
        for (auto b : right) {
          blocks_of_[a].push_back({a, b, &rule});
          blocks_of_[b].push_back({b, a, &rule});
        }
    }
  }

  void apply_same_rules() {
    for (const auto& rule : rules_) {
      if (!rule.same) continue;
      std::vector<std::size_t> members;
      for (const auto& name : rule.names)
        for (auto k : keys_named(name)) members.push_back(k);
      for (std::size_t i = 1; i < members.size(); ++i) join_by_rule(members[0], members[i], rule);
      for (auto k : members) {
        if (rule.names.size() > 1) shown_as_[k] = rule.names[0];
        if (rule.kind) set_kind(k, *rule.kind, rule);
      }
    }
  }

  /// Joins two keys an "=" rule names. A "!=" rule between them contradicts it through the
  /// ids or keys the lines name, which the check of the file alone cannot see: left alone, the
  /// refused key would still be shown under the "=" rule's name. An error names both lines.
  void join_by_rule(std::size_t a, std::size_t b, const AliasRule& rule) {
    if (find(a) == find(b)) return;
    if (const Block* block = blocking(find(a), find(b)))
      throw std::runtime_error(rule.where + ": '" + rule.text + "' contradicts " +
                               block->rule->where + ": '" + block->rule->text +
                               "' (they name the entities " + keys_[a].id + " and " + keys_[b].id +
                               ")");
    unite(a, b, rule.quoted());
  }

  /// A kind rule's key takes the kind now, so the surname and alias merges see it.
  void set_kind(std::size_t k, EntityKind kind, const AliasRule& rule) {
    kind_of_[k] = kind;
    if (keys_[k].kind != kind) reason_.try_emplace(k, rule.quoted());
    keys_[k].kind = kind;
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
    if (const Block* block = blocking(a, b)) {
      refused_.push_back(*block);
      return;
    }
    parent_[b] = a;
    reason_[k] = reason;
    if (k != b) reason_.try_emplace(b, reason);
    // The smaller list moves, so each block moves O(log n) times in all.
    if (blocks_of_[a].size() < blocks_of_[b].size()) std::swap(blocks_of_[a], blocks_of_[b]);
    blocks_of_[a].insert(blocks_of_[a].end(), blocks_of_[b].begin(), blocks_of_[b].end());
    blocks_of_[b].clear();
    blocks_of_[b].shrink_to_fit();
  }

  /// A "!=" rule between the groups of roots `a` and `b`, looked for in the shorter list.
  const Block* blocking(std::size_t a, std::size_t b) {
    if (blocks_of_[a].size() > blocks_of_[b].size()) std::swap(a, b);
    for (const auto& block : blocks_of_[a])
      if (find(block.right) == b) return &block;
    return nullptr;
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
    node_id_.resize(keys_.size());
    std::vector<std::optional<EntityKind>> kind_of_key(keys_.size());
    for (const auto& [root, members] : groups) {
      auto kind = forced_kind(members);
      std::string id = group_id(members, kind);
      for (auto k : members) node_id_[k] = id, kind_of_key[k] = kind;
    }
    for (auto& x : extractions_)
      for (auto& e : x.entities) {
        std::size_t k = index_.at(e.id);
        e.id = node_id_[k];
        if (kind_of_key[k]) e.kind = *kind_of_key[k];
      }
    ClaimGraph graph;
    for (const auto& x : extractions_) graph.add_article(x);
    show_common_names(graph);
    annotate(graph);
    return graph;
  }

  /// Names each person by the name most of its articles use, the longest of those most used:
  /// "Donald Trump" rather than one article's "Donald John Trump", "Sen. Bernie Sanders" or a
  /// misspelling joined to it; a side of a "!=" rule by the rule's name. Other kinds keep
  /// their canonical names.
  void show_common_names(ClaimGraph& graph) const {
    std::map<std::string, std::map<std::string, std::size_t>> uses;  // id -> name -> articles
    for (const auto& x : extractions_) {
      std::set<std::pair<std::string, std::string>> seen;
      for (const auto& e : x.entities)
        if (e.kind == EntityKind::person && seen.emplace(e.id, e.name).second) ++uses[e.id][e.name];
    }
    std::map<std::string, std::string> side_names;  // a "!=" rule's names are the user's
    for (const auto& rule : rules_)
      if (!rule.same)
        for (const auto& name : rule.names) side_names["person:" + slug(name)] = name;
    for (const auto& [id, names] : uses) {
      auto v = graph.find_id(id);
      if (!v) continue;
      if (auto side = side_names.find(id); side != side_names.end()) {
        rename(graph.entity(*v), side->second);
        continue;
      }
      auto best = std::max_element(names.begin(), names.end(), [](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second < b.second;
        return a.first.size() < b.first.size();
      });
      rename(graph.entity(*v), best->first);
    }
  }

  /// The kind a rule gives a group: the first of its keys (in key order) that one names.
  std::optional<EntityKind> forced_kind(const std::vector<std::size_t>& members) const {
    for (auto k : members)
      if (auto it = kind_of_.find(k); it != kind_of_.end()) return it->second;
    return std::nullopt;
  }

  /// The id a group's entity takes: its representative's, or under a kind a rule set, the
  /// id of that kind ("organization:wells-fargo" for a "person:wells-fargo"), unless another
  /// entity has it.
  std::string group_id(const std::vector<std::size_t>& members, std::optional<EntityKind> kind) {
    std::vector<std::size_t> candidates;
    if (kind)
      for (auto k : members)
        if (keys_[k].id.starts_with(std::string(to_string(*kind)) + ":")) candidates.push_back(k);
    std::size_t r = representative(candidates.empty() ? members : candidates);
    const Key& rep = keys_[r];
    if (!kind || !candidates.empty()) return rep.id;
    auto shown = shown_as_.find(r);
    std::string id = std::string(to_string(*kind)) + ":" +
                     slug(shown == shown_as_.end() ? rep.display : shown->second);
    auto taken = index_.find(id);
    return taken == index_.end() || find(taken->second) == find(index_.at(rep.id)) ? id : rep.id;
  }

  /// Records on each entity the keys merged into it and those kept apart from it.
  void annotate(ClaimGraph& graph) {
    for (std::size_t k = 0; k < keys_.size(); ++k) {
      auto v = graph.find_id(node_id_[k]);
      if (!v) continue;
      EntityNode& node = graph.entity(*v);
      if (auto shown = shown_as_.find(k); shown != shown_as_.end()) rename(node, shown->second);
      if (node_id_[k] != keys_[k].id) add_note(node.merged, {keys_[k].id, reason_for(k)});
    }
    attach(graph, split_.joined, &EntityNode::merged);
    attach(graph, split_.apart, &EntityNode::kept_apart);
    attach(graph, initials_.joined, &EntityNode::merged);
    attach(graph, initials_.apart, &EntityNode::kept_apart);
    attach(graph, misspellings_.joined, &EntityNode::merged);
    attach(graph, bare_links_.joined, &EntityNode::merged);
    attach(graph, retyped_.joined, &EntityNode::merged);
    for (const auto& r : refused_) note_apart(graph, r.left, r.right, *r.rule);
  }

  /// Adds the notes splitting made for each key to the entity that key ended in.
  void attach(ClaimGraph& graph, const std::map<std::string, std::vector<MergeNote>>& notes,
              std::vector<MergeNote> EntityNode::*list) {
    for (const auto& [key, key_notes] : notes) {
      auto k = index_.find(key);
      auto v = k == index_.end() ? std::nullopt : graph.find_id(node_id_[k->second]);
      if (!v) continue;
      for (const auto& note : key_notes) add_note(graph.entity(*v).*list, note);
    }
  }

  static void add_note(std::vector<MergeNote>& notes, MergeNote note) {
    for (const auto& n : notes)
      if (n.id == note.id && n.reason == note.reason) return;
    notes.push_back(std::move(note));
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
    for (auto [self, other] : {std::pair{a, b}, std::pair{b, a}})
      if (auto v = graph.find_id(node_id_[self]))
        add_note(graph.entity(*v).kept_apart, {keys_[other].id, rule.quoted()});
  }

  std::vector<ArticleExtraction>& extractions_;
  const std::vector<AliasRule>& rules_;
  std::vector<Key> keys_;
  std::map<std::string, std::size_t> index_;     // id -> key
  std::vector<std::size_t> parent_;              // union-find over keys
  std::map<std::size_t, std::string> reason_;    // key -> why it joined its group
  std::map<std::size_t, std::string> shown_as_;  // key -> name a "=" rule shows it under
  std::unordered_map<std::string, std::vector<std::size_t>> by_name_;  // normalised name -> keys
  std::vector<std::vector<Block>> blocks_of_;  // root -> "!=" blocks between its group and others
  std::vector<Block> refused_;                 // blocks that stopped a merge
  std::map<std::size_t, EntityKind> kind_of_;  // key -> kind a rule gave it
  std::vector<std::string> node_id_;           // key -> id of the entity it ended in
  SplitNotes split_;
  SplitNotes initials_;      // people told apart by their middle initials
  SplitNotes misspellings_;  // rare spellings joined to the common one
  SplitNotes bare_links_;    // one-word names re-keyed to the dominant full name
  SplitNotes retyped_;       // guessed people re-keyed to the organisation of their name
};

}  // namespace

ClaimGraph build_claim_graph(std::vector<ArticleExtraction> extractions,
                             const std::vector<AliasRule>& rules) {
  return CrossArticleResolver(extractions, rules).run();
}

}  // namespace claimgraph
