#include "graph/resolve/alias_rules.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "graph/io/input_file.h"
#include "graph/text/normalize.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

/// Splits "a = b = c" on `sep`; every part must be a non-empty name.
std::vector<std::string> split_names(std::string_view line, std::string_view sep,
                                     const std::string& where) {
  std::vector<std::string> names;
  std::size_t from = 0;
  while (true) {
    auto at = line.find(sep, from);
    std::string name = std::string(
        trim_whitespace(line.substr(from, at == std::string_view::npos ? at : at - from)));
    if (name.empty())
      throw std::runtime_error(where + ": empty name in '" + std::string(line) + "'");
    names.push_back(std::move(name));
    if (at == std::string_view::npos) return names;
    from = at + sep.size();
  }
}

/// The position of the ':' that introduces a kind: the last one with white space beside it
/// or at the end, as the ':' inside an id ("person:putin") never has.
std::size_t kind_colon(std::string_view line) {
  for (auto at = line.rfind(':'); at != std::string_view::npos; at = line.rfind(':', at - 1)) {
    bool before = at > 0 && is_space(line[at - 1]);
    bool after = at + 1 == line.size() || is_space(line[at + 1]);
    if (before || after) return at;
    if (at == 0) break;
  }
  return std::string_view::npos;
}

std::string kind_list() {
  std::string out;
  for (EntityKind k : kAllEntityKinds) out += (out.empty() ? "" : ", ") + std::string(to_string(k));
  return out;
}

/// Removes a trailing ": kind" from `line` into `rule.kind`.
std::string_view take_kind(std::string_view line, AliasRule& rule) {
  auto colon = kind_colon(line);
  if (colon == std::string_view::npos) return line;
  std::string_view word = trim_whitespace(line.substr(colon + 1));
  rule.kind = parse_entity_kind(word);
  if (!rule.kind)
    throw std::runtime_error(rule.where + ": unknown kind '" + std::string(word) +
                             "'; expected one of " + kind_list());
  return trim_whitespace(line.substr(0, colon));
}

AliasRule parse_line(std::string_view line, const std::string& where) {
  AliasRule rule;
  rule.where = where;
  rule.text = std::string(trim_whitespace(line));
  std::string_view names = take_kind(line, rule);
  bool different = names.find("!=") != std::string_view::npos;
  rule.same = !different;
  if (different && rule.kind)
    throw std::runtime_error(where + ": a kind goes with '=' or a name alone, not with '!='");
  if (!different && names.find('=') == std::string_view::npos && !rule.kind)
    throw std::runtime_error(where + ": expected 'A = B', 'A != B' or 'A : kind', got '" +
                             rule.text + "'");
  rule.names = split_names(names, different ? "!=" : "=", where);
  if (different && rule.names.size() != 2)
    throw std::runtime_error(where + ": '!=' takes exactly two names");
  if (rule.names.size() < 2 && !rule.kind)
    throw std::runtime_error(where + ": a rule needs two names");
  return rule;
}

/// Finds rules that contradict each other: the "=" lines (and kinds) group names into
/// entities, then no "!=" may fall inside one group and no group may get two kinds.
class ConflictCheck {
 public:
  explicit ConflictCheck(const std::vector<AliasRule>& rules) : rules_(rules) {}

  void run() {
    for (const auto& rule : rules_)
      if (rule.same) join(rule);
    for (const auto& rule : rules_)
      if (!rule.same) check_apart(rule);
    std::map<std::size_t, const AliasRule*> kind_of;
    for (const auto& rule : rules_) {
      if (!rule.kind) continue;
      auto [it, added] = kind_of.try_emplace(find(slot(rule.names[0])), &rule);
      if (!added && it->second->kind != rule.kind)
        fail(rule, *it->second, "contradicts", " (two kinds for one entity)");
    }
  }

 private:
  std::size_t slot(const std::string& name) {
    auto [it, added] = slot_.try_emplace(normalize_name(name), parent_.size());
    if (added) parent_.push_back(parent_.size());
    return it->second;
  }

  std::size_t find(std::size_t s) {
    while (parent_[s] != s) s = parent_[s] = parent_[parent_[s]];
    return s;
  }

  void join(const AliasRule& rule) {
    std::size_t first = slot(rule.names[0]);
    for (const auto& name : rule.names) {
      first_rule_.try_emplace(slot(name), &rule);
      parent_[find(slot(name))] = find(first);
    }
  }

  void check_apart(const AliasRule& rule) {
    std::size_t a = slot(rule.names[0]), b = slot(rule.names[1]);
    if (a == b)
      throw std::runtime_error(rule.where + ": '" + rule.text + "' names one entity twice");
    if (find(a) != find(b)) return;
    const AliasRule* left = first_rule_.at(a);
    const AliasRule* right = first_rule_.at(b);
    if (left == right) fail(rule, *left, "contradicts", "");
    throw std::runtime_error(rule.where + ": '" + rule.text + "' contradicts " + left->where +
                             ": '" + left->text + "' and " + right->where + ": '" + right->text +
                             "', which make them one entity");
  }

  [[noreturn]] static void fail(const AliasRule& rule, const AliasRule& other,
                                const std::string& what, const std::string& why) {
    throw std::runtime_error(rule.where + ": '" + rule.text + "' " + what + " " + other.where +
                             ": '" + other.text + "'" + why);
  }

  const std::vector<AliasRule>& rules_;
  std::unordered_map<std::string, std::size_t> slot_;  // normalised name -> union-find slot
  std::vector<std::size_t> parent_;
  std::unordered_map<std::size_t, const AliasRule*> first_rule_;  // slot -> first "=" naming it
};

}  // namespace

std::vector<AliasRule> parse_alias_rules(std::string_view text, const std::string& source) {
  if (find_invalid_utf8(text)) throw std::runtime_error(source + ": not valid UTF-8");
  std::vector<AliasRule> rules;
  std::size_t number = 0;
  std::size_t from = 0;
  while (from <= text.size()) {
    auto end = text.find('\n', from);
    std::string_view line = text.substr(from, end == std::string_view::npos ? end : end - from);
    ++number;
    std::string content = std::string(trim_whitespace(line.substr(0, line.find('#'))));
    if (!content.empty())
      rules.push_back(parse_line(content, source + ":" + std::to_string(number)));
    if (end == std::string_view::npos) break;
    from = end + 1;
  }
  ConflictCheck(rules).run();
  return rules;
}

std::vector<AliasRule> read_alias_rules(const std::string& path) {
  WholeInput file = read_whole(path, kMaxAliasFileBytes);
  if (!file.problem.empty()) throw std::runtime_error(path + ": alias file " + file.problem);
  return parse_alias_rules(file.bytes, path);
}

std::vector<const AliasRule*> rules_naming(const std::vector<AliasRule>& rules,
                                           const std::vector<std::string>& names) {
  std::unordered_set<std::string> wanted;
  for (const auto& n : names) wanted.insert(normalize_name(n));
  std::vector<const AliasRule*> out;
  for (const auto& rule : rules)
    for (const auto& n : rule.names)
      if (wanted.count(normalize_name(n)) || std::count(names.begin(), names.end(), n)) {
        out.push_back(&rule);
        break;
      }
  return out;
}

}  // namespace claimgraph
