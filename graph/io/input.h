#pragma once
// Reads articles from the inputs a user names: text files, folders (recursively, *.txt), or
// "-" for standard input. Bad inputs are reported one by one; the rest still arrive.

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "graph/text/document.h"

namespace claimgraph {

/// A problem with one input, reported as "<input>: <message>".
struct InputError {
  std::string input;
  std::string message;
};

/// Receives what reading the inputs produced.
struct ArticleSink {
  std::function<void(Article&&)> article;
  std::function<void(const InputError&)> error;
};

/// Limits that protect a batch from a single pathological input.
struct InputLimits {
  std::size_t max_bytes = 64u << 20;  ///< larger inputs are refused
};

/// Reads every input in order; folders are walked recursively in sorted order.
void read_inputs(const std::vector<std::string>& inputs, std::istream& standard_input,
                 const ArticleSink& sink, const InputLimits& limits = {});

/// Checks raw bytes as article text; returns an empty string when they are usable.
std::string check_text(std::string_view bytes, const InputLimits& limits = {});

}  // namespace claimgraph
