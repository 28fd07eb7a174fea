#include "graph/serve/api_params.h"

#include <charconv>
#include <vector>

#include "graph/serve/api_error.h"

namespace claimgraph {

namespace {

/// Every value of a parameter, split at commas, empty parts dropped.
std::vector<std::string> list_param(const ApiParams& params, const std::string& name) {
  std::vector<std::string> out;
  auto [begin, end] = params.equal_range(name);
  for (auto it = begin; it != end; ++it) {
    std::size_t start = 0;
    while (start <= it->second.size()) {
      std::size_t comma = std::min(it->second.find(',', start), it->second.size());
      if (comma > start) out.push_back(it->second.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

/// The relation kinds the `kind` parameter names.
std::vector<RelationKind> kinds_param(const ApiParams& params) {
  std::vector<RelationKind> out;
  for (const auto& name : list_param(params, "kind")) {
    auto kind = parse_relation_kind(name);
    if (!kind) throw ApiError(400, "unknown relation kind: " + name);
    out.push_back(*kind);
  }
  return out;
}

/// The stances the `stance` parameter names.
std::vector<Stance> stances_param(const ApiParams& params) {
  std::vector<Stance> out;
  for (const auto& name : list_param(params, "stance")) {
    auto stance = parse_stance(name);
    if (!stance) throw ApiError(400, "unknown stance: " + name);
    out.push_back(*stance);
  }
  return out;
}

/// A date bound parameter, checked as the CLI checks --since and --until.
std::string date_param(const ApiParams& params, const std::string& name) {
  std::string bound = optional_param(params, name);
  if (!bound.empty() && !check_date_bound(bound).empty())
    throw ApiError(400, name + ": " + check_date_bound(bound));
  return bound;
}

/// The confidence threshold, a number in [0, 1].
double confidence_param(const ApiParams& params) {
  std::string text = optional_param(params, "min_confidence");
  if (text.empty()) return 0.0;
  double value = -1;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !(value >= 0 && value <= 1))
    throw ApiError(400, "min_confidence must be a number from 0 to 1");
  return value;
}

}  // namespace

std::string required_param(const ApiParams& params, const std::string& name) {
  std::string value = optional_param(params, name);
  if (value.empty()) throw ApiError(400, "missing parameter: " + name);
  return value;
}

std::string optional_param(const ApiParams& params, const std::string& name,
                           const std::string& fallback) {
  auto it = params.find(name);
  return it == params.end() ? fallback : it->second;
}

std::size_t count_param(const ApiParams& params, const std::string& name, std::size_t fallback,
                        std::size_t low, std::size_t high) {
  auto it = params.find(name);
  if (it == params.end()) return fallback;
  const std::string& text = it->second;
  std::size_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty() || value < low ||
      value > high)
    throw ApiError(400, name + " must be a whole number from " + std::to_string(low) + " to " +
                            std::to_string(high));
  return value;
}

RelationFilter filter_params(const ApiParams& params) {
  RelationFilter f;
  f.kinds = kinds_param(params);
  f.stances = stances_param(params);
  f.articles.outlets = list_param(params, "outlet");
  f.articles.since = date_param(params, "since");
  f.articles.until = date_param(params, "until");
  f.min_confidence = confidence_param(params);
  f.min_outlets = count_param(params, "min_outlets", 0, 0, 1000);
  return f;
}

}  // namespace claimgraph
