#include "graph/resolve/alias_rules.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "graph/text/normalize.h"
#include "graph/text/utf8.h"

namespace claimgraph {

namespace {

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

AliasRule parse_line(std::string_view line, const std::string& where) {
  AliasRule rule;
  rule.where = where;
  rule.text = std::string(trim_whitespace(line));
  bool different = line.find("!=") != std::string_view::npos;
  rule.same = !different;
  if (!different && line.find('=') == std::string_view::npos)
    throw std::runtime_error(where + ": expected 'A = B' or 'A != B', got '" + rule.text + "'");
  rule.names = split_names(line, different ? "!=" : "=", where);
  if (different && rule.names.size() != 2)
    throw std::runtime_error(where + ": '!=' takes exactly two names");
  if (rule.names.size() < 2) throw std::runtime_error(where + ": a rule needs two names");
  return rule;
}

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
  return rules;
}

std::vector<AliasRule> read_alias_rules(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read the alias file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return parse_alias_rules(buf.str(), path);
}

}  // namespace claimgraph
