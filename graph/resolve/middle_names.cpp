#include "graph/resolve/middle_names.h"

#include <map>
#include <set>
#include <string>

#include "graph/text/person_name.h"

namespace claimgraph {

namespace {

/// Articles needed before a set of initials counts as a person of its own.
constexpr std::size_t kMinArticles = 2;

/// One person entity of one article, with its initials and the key without them.
struct Named {
  Entity* entity = nullptr;
  const ArticleExtraction* article = nullptr;
  std::string initials;
  std::string base;  ///< the id without the "-initials" an article's own split added
};

/// The key without the initials suffix extraction adds when one article names both people.
std::string base_key(const std::string& id, const std::string& initials) {
  std::string suffix = "-" + initials;
  bool split = !initials.empty() && id.size() > suffix.size() && id.ends_with(suffix);
  return split ? id.substr(0, id.size() - suffix.size()) : id;
}

/// Sets of initials of one key, with the articles using each and the name they show.
struct InitialsCount {
  std::set<const ArticleExtraction*> articles;
  std::string name;
};

/// The initials of one key that qualify as people of their own.
std::map<std::string, InitialsCount> qualifying(const std::vector<Named>& group) {
  std::map<std::string, InitialsCount> counts;
  for (const auto& n : group) {
    if (n.initials.empty()) continue;
    auto& c = counts[n.initials];
    c.articles.insert(n.article);
    if (n.entity->name.size() > c.name.size()) c.name = n.entity->name;
  }
  std::erase_if(counts, [](const auto& c) { return c.second.articles.size() < kMinArticles; });
  return counts;
}

void add_note(std::vector<MergeNote>& notes, MergeNote note) {
  for (const auto& n : notes)
    if (n.id == note.id) return;
  notes.push_back(std::move(note));
}

/// Re-keys one key's entities by their initials when two or more sets qualify.
void split_group(const std::string& base, std::vector<Named>& group, SplitNotes& notes) {
  auto people = qualifying(group);
  if (people.size() < 2) return;
  for (auto& n : group) {
    auto person = people.find(n.initials);
    std::string id = person != people.end() ? base + "-" + n.initials : base;
    if (id == n.entity->id) continue;
    std::string reason = person != people.end()
                             ? "middle initials '" + n.initials + "' as in " + person->second.name
                             : "middle initials '" + n.initials + "' in too few articles to tell";
    add_note(notes.joined[id], {n.entity->id, reason});
    n.entity->id = id;
  }
  std::vector<std::string> keys{base};
  for (const auto& [initials, c] : people) keys.push_back(base + "-" + initials);
  for (const auto& a : keys)
    for (const auto& b : keys)
      if (a != b)
        add_note(notes.apart[a], {b, "same first and last name, other middle initials (or none)"});
}

}  // namespace

SplitNotes split_by_middle_initials(std::vector<ArticleExtraction>& extractions) {
  std::map<std::string, std::vector<Named>> by_base;
  for (auto& x : extractions)
    for (auto& e : x.entities) {
      if (e.kind != EntityKind::person) continue;
      std::string initials = middle_initials(e.name);
      std::string base = base_key(e.id, initials);
      by_base[base].push_back({&e, &x, initials, base});
    }
  SplitNotes notes;
  for (auto& [base, group] : by_base) split_group(base, group, notes);
  return notes;
}

}  // namespace claimgraph
