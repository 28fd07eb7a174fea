// Fuzzes the saved graph (graph/query/snapshot.h), the one file a query maps and reads without
// parsing: a sound snapshot of six bundled articles is copied, the fuzzer's bytes overwrite
// bytes and 32-bit words of it (counts, offsets, indices) or cut it short, and it is then opened
// and read as the commands read it: names, paths, neighbourhoods, drawings' regions, contested
// pairs, the per-date counts. A damaged file must be refused or give an error, never a read
// outside it.

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

#include "fuzz_bytes.h"
#include "graph/extract/extractor.h"
#include "graph/io/record_input.h"
#include "graph/query/saved_queries.h"
#include "graph/query/snapshot.h"
#include "graph/resolve/cross_article.h"
#include "scratch_path.h"
#include "source_file.h"

using namespace claimgraph;
using namespace claimgraph::fuzz;

namespace {

namespace fs = std::filesystem;

/// What the snapshot is saved under and opened with.
constexpr const char* kKey = "fuzz";

/// The file under test.
const fs::path& snapshot_file() {
  static const ScratchPath file("claimgraph-fuzz-graph");
  return file.path;
}

/// The first six bundled newsroom articles, extracted.
std::vector<ArticleExtraction> example_extractions() {
  std::vector<ArticleExtraction> out;
  std::istringstream newsroom(source_file("data/examples/newsroom.jsonl"));
  ArticleSink sink{[&](Article&& a) {
                     if (out.size() < 6) out.push_back(extract_article(a, Lexicon::builtin()));
                   },
                   [](const InputError&) {}};
  read_json_lines(newsroom, {"newsroom.jsonl", "newsroom", 1}, sink, {});
  return out;
}

/// The bytes of a sound snapshot of the examples, made once.
const std::string& template_snapshot() {
  static const std::string bytes = [] {
    std::vector<ArticleExtraction> extractions = example_extractions();
    ArticleTally tally;
    for (const auto& x : extractions) ++tally[{x.outlet, x.date}];
    ClaimGraph graph = build_claim_graph(std::move(extractions), {});
    save_snapshot(graph, kKey, snapshot_file().string(), tally);
    std::ifstream in(snapshot_file(), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return bytes;
}

/// Overwrites bytes and aligned 32-bit words of `file` (small numbers, large ones, any), or
/// cuts it short, as the fuzzer picks.
void damage(std::string& file, FuzzBytes& in) {
  for (int changes = 0; !in.empty() && changes < 16 && !file.empty(); ++changes) {
    std::size_t at = in.u32() % file.size();
    switch (in.below(4)) {
      case 0:
        file[at] = static_cast<char>(in.byte());
        break;
      case 1:
      case 2: {
        at &= ~std::size_t{3};
        if (at + 4 > file.size()) break;
        std::uint32_t word = in.below(2) ? in.byte() : in.u32();
        std::memcpy(file.data() + at, &word, sizeof word);
        break;
      }
      default:
        file.resize(at);
    }
  }
}

/// Reads the snapshot as the query commands do.
void read_snapshot(const GraphSnapshot& s) {
  for (const Publication& p : s.publications()) (void)(p.articles + p.outlet.size());
  for (const char* name : {"Elena Varga", "Varga", "Marcus Hale", "harbor", "nobody at all"})
    (void)s.find(name);
  std::size_t n = std::min<std::size_t>(s.entity_count(), 6);
  for (ClaimGraph::Vertex v = 0; v < n; ++v) {
    (void)s.name(v);
    (void)s.id(v);
    std::vector<ClaimGraph::Vertex> near = saved_hops(s, v, 2);
    SavedRegion region = saved_region(s, near, 3);
    (void)region.part->graph.entity_count();
    SavedEgo ego = saved_ego_network(s, v, 2, 2);
    (void)ego.ego.entities.size();
    if (v + 1 < n) (void)find_saved_paths(s, v, v + 1, {}, 2);
  }
  (void)saved_contested(s, true, 5, 2);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string file = template_snapshot();
  FuzzBytes in(data, size);
  damage(file, in);
  std::ofstream(snapshot_file(), std::ios::binary | std::ios::trunc) << file;
  try {
    if (auto snapshot = GraphSnapshot::open(snapshot_file().string(), kKey))
      read_snapshot(*snapshot);
  } catch (const std::runtime_error&) {
  } catch (const std::length_error&) {
  }
  return 0;
}
