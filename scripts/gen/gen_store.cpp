// A synthetic claim-graph store for benchmarks at scale: N entities with heavy-tailed degrees
// (a few hubs in many articles, most entities in one or two), M relations in articles of about
// five, several relations per pair, evidence texts, outlets and dates, written through the
// store's own writer so that every command reads it as it reads a built store.
// Usage: gen_store ENTITIES RELATIONS OUT.db [SEED]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "graph/store/store.h"

using namespace claimgraph;

namespace {

/// Relations per synthetic article, as in news: a handful.
constexpr std::size_t kRelationsPerArticle = 5;
/// Pairs remembered for repeats: a story runs for a while, in several outlets.
constexpr std::size_t kRecentPairs = 1000;
/// Articles per store transaction.
constexpr std::size_t kBatch = 2000;

const char* const kFirst[] = {"Anna",  "Boris", "Carla",   "David", "Elena",  "Farid",   "Grace",
                              "Hugo",  "Irina", "James",   "Karim", "Laura",  "Mikhail", "Nadia",
                              "Oscar", "Priya", "Quentin", "Rosa",  "Sergei", "Tamara"};
const char* const kSyllables[] = {"ba",  "ko",  "ren", "vat", "mil", "sor", "dan",  "pe",
                                  "lu",  "tin", "gar", "os",  "vel", "ru",  "hak",  "zi",
                                  "mon", "tra", "ek",  "sha", "nor", "di",  "quel", "fa"};
const char* const kOutlets[] = {"Politico",     "CNN",      "ABC News",    "Reuters",
                                "The Guardian", "Le Monde", "Der Spiegel", "NHK",
                                "Al Jazeera",   "El País",  "The Hindu",   "Globe and Mail"};
const char* const kCues[] = {"met", "spoke with", "denied", "an adviser to", "told"};

/// What kind entity `i` is: mostly people, then organisations, governments and the rest.
EntityKind kind_of(std::size_t i) {
  static const EntityKind cycle[] = {
      EntityKind::person,       EntityKind::person,       EntityKind::person,
      EntityKind::person,       EntityKind::organization, EntityKind::person,
      EntityKind::person,       EntityKind::government,   EntityKind::person,
      EntityKind::organization, EntityKind::campaign,     EntityKind::person,
      EntityKind::person,       EntityKind::group,        EntityKind::person,
      EntityKind::outlet,       EntityKind::person,       EntityKind::organization,
      EntityKind::person,       EntityKind::person};
  return cycle[i % std::size(cycle)];
}

/// A unique two-word name for entity `i`: a first name and a surname of three syllables, and a
/// number past the 20 x 24^3 combinations; organisations get a suffix.
std::string name_of(std::size_t i) {
  std::size_t s = i / std::size(kFirst);
  std::string surname;
  for (int k = 0; k < 3; ++k, s /= std::size(kSyllables))
    surname += kSyllables[s % std::size(kSyllables)];
  surname[0] = static_cast<char>(surname[0] - 'a' + 'A');
  if (s) surname += " " + std::to_string(s);
  std::string first = kFirst[i % std::size(kFirst)];
  switch (kind_of(i)) {
    case EntityKind::person:
      return first + " " + surname;
    case EntityKind::organization:
      return surname + " Holdings " + first;
    case EntityKind::government:
      return "Ministry of " + surname + " " + first;
    case EntityKind::campaign:
      return surname + " " + first + " campaign";
    case EntityKind::group:
      return surname + " " + first + " Brigade";
    default:
      return surname + " " + first + " Times";
  }
}

/// Draws entities with a heavy tail: entity i is drawn with probability falling like a power
/// of its rank, so the first few are hubs.
struct EntityDraw {
  std::size_t n;
  std::mt19937_64& rng;
  std::size_t operator()() {
    double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    return std::min(n - 1, static_cast<std::size_t>(static_cast<double>(n) * u * u * u));
  }
};

Entity entity_of(std::size_t i) {
  Entity e;
  e.name = name_of(i);
  e.kind = kind_of(i);
  e.id = std::string(to_string(e.kind)) + ":e" + std::to_string(i);
  e.mentions = {{0, 1}};
  return e;
}

/// A date between 2015 and 2024, as articles carry them.
std::string date_of(std::mt19937_64& rng) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2015 + static_cast<int>(rng() % 10),
                1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
  return buf;
}

/// The index of global entity `g` in the article, adding it when new.
EntityIndex local(ArticleExtraction& x, std::vector<std::size_t>& globals, std::size_t g) {
  for (EntityIndex i = 0; i < globals.size(); ++i)
    if (globals[i] == g) return i;
  globals.push_back(g);
  x.entities.push_back(entity_of(g));
  return static_cast<EntityIndex>(globals.size() - 1);
}

/// One relation between two distinct entities of the article, with its evidence.
Relation relation(ArticleExtraction& x, std::vector<std::size_t>& globals, std::size_t a,
                  std::size_t b, std::mt19937_64& rng) {
  Relation r;
  std::size_t k = rng() % 20;
  r.kind = k < 8    ? RelationKind::contact
           : k < 11 ? RelationKind::denial
           : k < 13 ? RelationKind::reported_by
                    : RelationKind::affiliation;
  r.source = local(x, globals, a);
  r.target = local(x, globals, b);
  if (rng() % 3) r.claimant = r.source;  // else the outlet's own voice
  r.stance = rng() % 10 == 0 ? Stance::hedged : Stance::asserted;
  r.evidence_text = x.entities[r.source].name + " " + kCues[static_cast<int>(r.kind)] + " " +
                    x.entities[r.target].name + ", " + x.outlet + " reported.";
  r.evidence = {0, static_cast<std::uint32_t>(r.evidence_text.size())};
  r.cue_text = kCues[static_cast<int>(r.kind)];
  r.cue = {0, static_cast<std::uint32_t>(r.cue_text.size())};
  r.confidence = 0.6 + 0.1 * static_cast<double>(rng() % 4);
  return r;
}

/// Article `n`: about five relations, a third of them repeating a pair seen recently.
StoredArticle article(std::size_t n, EntityDraw& draw,
                      std::vector<std::pair<std::size_t, std::size_t>>& recent,
                      std::mt19937_64& rng) {
  StoredArticle stored;
  ArticleExtraction& x = stored.extraction;
  x.article_id = "syn-" + std::to_string(n);
  x.outlet = kOutlets[rng() % std::size(kOutlets)];
  x.date = date_of(rng);
  std::vector<std::size_t> globals;
  for (std::size_t i = 0; i < kRelationsPerArticle; ++i) {
    std::pair<std::size_t, std::size_t> pair{draw(), draw()};
    if (!recent.empty() && rng() % 3 == 0) pair = recent[rng() % recent.size()];
    if (pair.first == pair.second) pair.second = (pair.second + 1) % draw.n;
    if (recent.size() < kRecentPairs)
      recent.push_back(pair);
    else
      recent[rng() % kRecentPairs] = pair;
    x.relations.push_back(relation(x, globals, pair.first, pair.second, rng));
  }
  stored.hash = "synthetic-" + std::to_string(n);
  stored.bytes = 1000;
  return stored;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: gen_store ENTITIES RELATIONS OUT.db [SEED]\n";
    return 2;
  }
  std::size_t entities = std::strtoull(argv[1], nullptr, 10);
  std::size_t relations = std::strtoull(argv[2], nullptr, 10);
  std::mt19937_64 rng(argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1);
  if (entities < 2 || relations < 1) {
    std::cerr << "gen_store: need at least 2 entities and 1 relation\n";
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  try {
    GraphStore store(argv[3]);
    EntityDraw draw{entities, rng};
    std::vector<std::pair<std::size_t, std::size_t>> recent;
    std::vector<StoredArticle> batch;
    std::size_t articles = (relations + kRelationsPerArticle - 1) / kRelationsPerArticle;
    for (std::size_t n = 0; n < articles; ++n) {
      batch.push_back(article(n, draw, recent, rng));
      if (batch.size() == kBatch || n + 1 == articles) store.write(std::exchange(batch, {}));
    }
    StoreCounts c = store.counts();
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::printf("gen_store: %s: %zu articles, %zu entities, %zu relations in %.1f s\n", argv[3],
                c.articles, c.entities, c.relations, took.count());
  } catch (const std::exception& e) {
    std::cerr << "gen_store: " << e.what() << "\n";
    return 4;
  }
  return 0;
}
