#include "graph/model/types.h"

namespace claimgraph {

std::string_view to_string(EntityKind kind) {
  switch (kind) {
    case EntityKind::person:
      return "person";
    case EntityKind::campaign:
      return "campaign";
    case EntityKind::government:
      return "government";
    case EntityKind::outlet:
      return "outlet";
    case EntityKind::organization:
      return "organization";
    case EntityKind::group:
      return "group";
  }
  return "organization";
}

std::string_view to_string(RelationKind kind) {
  switch (kind) {
    case RelationKind::contact:
      return "contact";
    case RelationKind::denial:
      return "denial";
    case RelationKind::reported_by:
      return "reported_by";
    case RelationKind::affiliation:
      return "affiliation";
  }
  return "contact";
}

std::string_view to_string(Stance stance) {
  switch (stance) {
    case Stance::asserted:
      return "asserted";
    case Stance::hedged:
      return "hedged";
    case Stance::denied:
      return "denied";
  }
  return "asserted";
}

std::optional<EntityKind> parse_entity_kind(std::string_view name) {
  for (EntityKind k : kAllEntityKinds)
    if (to_string(k) == name) return k;
  return std::nullopt;
}

std::optional<RelationKind> parse_relation_kind(std::string_view name) {
  for (RelationKind k : kAllRelationKinds)
    if (to_string(k) == name) return k;
  return std::nullopt;
}

std::optional<Stance> parse_stance(std::string_view name) {
  for (Stance s : {Stance::asserted, Stance::hedged, Stance::denied})
    if (to_string(s) == name) return s;
  return std::nullopt;
}

}  // namespace claimgraph
