#include "graph/resolve/rule_split.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

#include "graph/text/normalize.h"

namespace claimgraph {

namespace {

/// One side of a "!=" rule.
struct Side {
  const AliasRule* rule = nullptr;
  std::size_t side = 0;  ///< index into rule->names
  const std::string& name() const { return rule->names[side]; }
  const std::string& other() const { return rule->names[1 - side]; }
};

/// Normalised name -> the rule sides it is, in file order.
using SideIndex = std::unordered_map<std::string, std::vector<Side>>;

/// Where one article entity goes.
struct Placement {
  Entity* entity = nullptr;
  std::string original;  ///< the key extraction gave it
  std::optional<Side> side;
  bool by_alias = false;  ///< its canonical name is neither side; an alias decided
};

SideIndex index_sides(const std::vector<AliasRule>& rules) {
  SideIndex index;
  for (const auto& rule : rules)
    if (!rule.same)
      for (std::size_t s = 0; s < 2; ++s)
        index[normalize_name(rule.names[s])].push_back({&rule, s});
  return index;
}

/// The side an entity's aliases name: of the first rule they touch, the one side they name;
/// nothing when they name both sides of it (or no side at all).
std::optional<Side> side_by_alias(const Entity& e, const SideIndex& index) {
  std::vector<Side> found;
  for (const auto& alias : e.aliases)
    if (auto it = index.find(normalize_name(alias)); it != index.end())
      found.insert(found.end(), it->second.begin(), it->second.end());
  if (found.empty()) return std::nullopt;
  const AliasRule* first = found[0].rule;
  for (const auto& s : found) first = std::min(first, s.rule);  // rules are in file order
  std::set<std::size_t> sides;
  for (const auto& s : found)
    if (s.rule == first) sides.insert(s.side);
  if (sides.size() != 1) return std::nullopt;
  return Side{first, *sides.begin()};
}

Placement place(Entity& e, const SideIndex& index) {
  Placement p{&e, e.id, std::nullopt, false};
  if (auto it = index.find(normalize_name(e.name)); it != index.end()) {
    p.side = it->second.front();
    return p;
  }
  p.side = side_by_alias(e, index);
  p.by_alias = p.side.has_value();
  return p;
}

/// The key a side gives its entities.
std::string side_key(const Placement& p) {
  return std::string(to_string(p.entity->kind)) + ":" + slug(p.side->name());
}

/// Drops the aliases that name the other side of the entity's rule: the article mixed the two.
void drop_other_side(const Placement& p) {
  std::string other = normalize_name(p.side->other());
  std::erase_if(p.entity->aliases,
                [&](const std::string& a) { return normalize_name(a) == other; });
}

void add_note(std::vector<MergeNote>& notes, MergeNote note) {
  for (const auto& n : notes)
    if (n.id == note.id && n.reason == note.reason) return;
  notes.push_back(std::move(note));
}

/// Splits the entities of one extraction key among the rule sides they name.
class KeySplit {
 public:
  KeySplit(std::vector<Placement>& placements, SplitNotes& notes)
      : placements_(placements), notes_(notes) {}

  void run() {
    for (auto& p : placements_)
      if (p.side) sides_.try_emplace(side_key(p), *p.side);
    for (auto& p : placements_)
      if (p.side) move_to_side(p);
    if (sides_.size() == 1) {
      for (auto& p : placements_)
        if (!p.side) follow_only_side(p);
      return;
    }
    for (auto& p : placements_)
      if (!p.side) keep_apart(p);
    for (const auto& [a_key, a] : sides_)
      for (const auto& [b_key, b] : sides_)
        if (a.rule == b.rule && a.side != b.side)
          add_note(notes_.apart[a_key], {b_key, a.rule->quoted()});
  }

 private:
  void move_to_side(Placement& p) {
    drop_other_side(p);
    p.entity->id = side_key(p);
    if (p.entity->id == p.original) return;
    std::string how = p.by_alias ? "its article also calls it " : "named ";
    add_note(notes_.joined[p.entity->id],
             {p.original, p.side->rule->quoted() + " (" + how + p.side->name() + ")"});
  }

  void follow_only_side(Placement& p) {
    const auto& [key, side] = *sides_.begin();
    p.entity->id = key;
    if (key == p.original) return;
    add_note(notes_.joined[key], {p.original, "shares its key only with " + side.name() +
                                                  ", the one side of a '!=' rule under it"});
  }

  /// An entity naming neither side, with both present: its own key, noted apart from both.
  void keep_apart(Placement& p) {
    if (sides_.count(p.original)) p.entity->id = p.original + "-ambiguous";
    if (!noted_.insert(p.entity->id).second) return;
    for (const auto& [key, side] : sides_) {
      std::string reason = side.rule->quoted() + " (it names neither side)";
      add_note(notes_.apart[p.entity->id], {key, reason});
      add_note(notes_.apart[key], {p.entity->id, reason});
    }
  }

  std::vector<Placement>& placements_;
  SplitNotes& notes_;
  std::map<std::string, Side> sides_;  // key a side gives -> the side
  std::set<std::string> noted_;        // remainder keys already noted apart
};

}  // namespace

SplitNotes split_kept_apart(std::vector<ArticleExtraction>& extractions,
                            const std::vector<AliasRule>& rules) {
  SplitNotes notes;
  SideIndex index = index_sides(rules);
  if (index.empty()) return notes;
  std::map<std::string, std::vector<Placement>> by_key;  // only keys some rule side touches
  std::vector<Placement> all;
  for (auto& x : extractions)
    for (auto& e : x.entities) all.push_back(place(e, index));
  std::set<std::string> touched;
  for (const auto& p : all)
    if (p.side) touched.insert(p.original);
  for (auto& p : all)
    if (touched.count(p.original)) by_key[p.original].push_back(std::move(p));
  for (auto& [key, placements] : by_key) KeySplit(placements, notes).run();
  return notes;
}

}  // namespace claimgraph
