#pragma once
// A request the explorer's API refuses, with the HTTP status to answer and the reason to show.
// Thrown by the endpoints and caught once, in Api::handle, which turns it into {"error": ...}.

#include <stdexcept>
#include <string>

namespace claimgraph {

/// A refused request: a 4xx status and a one-line reason.
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& reason) : std::runtime_error(reason), status_(status) {}
  /// The HTTP status to answer with.
  int status() const { return status_; }

 private:
  int status_;
};

}  // namespace claimgraph
