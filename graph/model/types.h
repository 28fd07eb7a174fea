#pragma once
// The vocabulary shared by every stage: spans, entity kinds, relation kinds and stances.

#include <cstdint>
#include <optional>
#include <string_view>

namespace claimgraph {

/// A half-open range [start, end) of Unicode code points in an article's text.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool empty() const { return end <= start; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

/// The kinds of entity a claim graph holds.
enum class EntityKind : std::uint8_t { person, campaign, government, outlet, organization, group };

/// The kinds of relation between entities.
enum class RelationKind : std::uint8_t { contact, denial, reported_by, affiliation };

/// How the text presents a relation.
enum class Stance : std::uint8_t { asserted, hedged, denied };

/// Name of an entity kind as written in the output contract.
std::string_view to_string(EntityKind kind);
/// Name of a relation kind as written in the output contract.
std::string_view to_string(RelationKind kind);
/// Name of a stance.
std::string_view to_string(Stance stance);
/// Parses an entity kind name; nothing when unknown.
std::optional<EntityKind> parse_entity_kind(std::string_view name);
/// Parses a relation kind name; nothing when unknown.
std::optional<RelationKind> parse_relation_kind(std::string_view name);
/// Parses a stance name; nothing when unknown.
std::optional<Stance> parse_stance(std::string_view name);

/// Every entity kind, in contract order.
inline constexpr EntityKind kAllEntityKinds[] = {EntityKind::person,       EntityKind::campaign,
                                                 EntityKind::government,   EntityKind::outlet,
                                                 EntityKind::organization, EntityKind::group};
/// Every relation kind, in contract order.
inline constexpr RelationKind kAllRelationKinds[] = {RelationKind::contact, RelationKind::denial,
                                                     RelationKind::reported_by,
                                                     RelationKind::affiliation};

}  // namespace claimgraph
