#pragma once
// Memberships stated in an appositive beside a person's name: "John Dickey, the chief
// executive of Ora Media", "Michael McFaul, a senior fellow at the Hoover Institution",
// "Margarita Simonyan, RT's editor in chief".

#include <vector>

#include "graph/extract/attribution.h"

namespace claimgraph {

/// A person's role in an organisation, as an appositive states it.
struct AppositiveRole {
  std::size_t person = 0;        ///< the person's mention
  std::size_t organization = 0;  ///< the organisation's mention
  TokenRange role;               ///< the role phrase ("the chief executive of")
};

/// Finds the appositive roles of one document, in text order.
std::vector<AppositiveRole> find_appositive_roles(const Document& doc, const Lexicon& lex,
                                                  const std::vector<Mention>& mentions,
                                                  const EntityResolver& resolver);

}  // namespace claimgraph
