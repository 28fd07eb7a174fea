#pragma once
// The query parameters of the explorer's API, read strictly: a missing, malformed or out of
// range parameter is a 400 naming it, never a guess, so a hostile URL cannot ask for a huge k.

#include <cstddef>
#include <map>
#include <string>

#include "graph/query/aggregate.h"

namespace claimgraph {

/// A request's query parameters, percent-decoded; a name may repeat (`kind=a&kind=b`).
using ApiParams = std::multimap<std::string, std::string>;

/// The value of a parameter the request must give; throws ApiError(400) when it is absent or
/// empty.
std::string required_param(const ApiParams& params, const std::string& name);

/// The value of a parameter, or `fallback` when absent.
std::string optional_param(const ApiParams& params, const std::string& name,
                           const std::string& fallback = "");

/// A whole number parameter in [low, high], `fallback` when absent; throws ApiError(400) when
/// it is no number or out of range.
std::size_t count_param(const ApiParams& params, const std::string& name, std::size_t fallback,
                        std::size_t low, std::size_t high);

/// The relation filter of the CLI's options as parameters: kind, stance, outlet (each
/// repeatable or comma-separated), since, until, min_confidence, min_outlets.
RelationFilter filter_params(const ApiParams& params);

}  // namespace claimgraph
