// Trains the cue model (graph/extract/cue_model.h) on a PolNeAR split: logistic regression with
// AdaGrad over the hashed token features extraction uses, in a fixed order with a fixed seed,
// so the same corpus always gives the same weights. Writes the compact text format
// CueModel::parse reads.
// Usage: train_cue_model <split> <lexicon-dir> <output> [--holdout N] [--epochs E]
//   --holdout N: leave out every Nth article (sorted order, index % N == N - 1) and report
//   token-level precision and recall on them.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "graph/eval/polnear_eval.h"
#include "graph/extract/cue_model.h"
#include "graph/extract/lexicon.h"
#include "graph/extract/lexicon_data.h"
#include "graph/extract/mentions.h"

namespace fs = std::filesystem;
using namespace claimgraph;

namespace {

/// The features and label of one candidate token.
struct Example {
  std::uint32_t first = 0;  // into Corpus::ids
  std::uint8_t count = 0;
  bool positive = false;
  LexiconVerdict lexicon = LexiconVerdict::none;
};

struct Corpus {
  std::vector<std::uint32_t> ids;
  std::vector<Example> train;
  std::vector<Example> held_out;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

/// The first annotation file of article `id` in sorted order, as the scoring uses.
fs::path first_annotation(const fs::path& dir, const std::string& id) {
  fs::path best;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.starts_with(id + "_") && name.ends_with(".ann") && (best.empty() || e.path() < best))
      best = e.path();
  }
  if (best.empty()) throw std::runtime_error("no annotation for " + id);
  return best;
}

/// Token labels: not in a cue, a cue's head (its first scored token), or elsewhere in a cue.
enum class Label : std::uint8_t { outside, head, inside };

/// Per token, its label; with `heads_only`, only a cue's first candidate token is its head and
/// the cue's other tokens are left out of training, else every candidate token in a cue is.
std::vector<Label> cue_tokens(const Document& doc, const CueFeatures& features,
                              const PolnearGold& gold, bool heads_only) {
  std::vector<Label> label(doc.size(), Label::outside);
  for (const auto& cue : gold.cues) {
    bool head_seen = false;
    for (const Span& f : cue)
      for (std::uint32_t i = 0; i < doc.size(); ++i) {
        if (doc.token(i).cp_begin >= f.end || f.start >= doc.token(i).cp_end) continue;
        bool candidate = features.candidate(i, doc.sentences()[doc.sentence_of(i)]);
        bool head = candidate && (!heads_only || !head_seen);
        head_seen = head_seen || head;
        if (label[i] != Label::head) label[i] = head ? Label::head : Label::inside;
      }
  }
  return label;
}

bool g_heads_only = false;

/// Adds the candidate tokens of one article to `out`.
void add_article(const std::string& text, const PolnearGold& gold, const Lexicon& lex,
                 std::vector<std::uint32_t>& ids, std::vector<Example>& out) {
  Document doc(text, [&](std::string_view line) { return lex.is_furniture(line); });
  std::vector<Quote> quotes = find_quotes(doc);
  std::vector<Mention> mentions = find_mentions(doc, lex, quotes);
  std::vector<int> mention_at = mention_index(doc, mentions);
  std::vector<int> quote_at(doc.size(), -1);
  for (std::size_t q = 0; q < quotes.size(); ++q)
    for (auto i = quotes[q].first; i < quotes[q].last; ++i) quote_at[i] = static_cast<int>(q);
  CueFeatures features(doc, mention_at, quote_at);
  std::vector<Label> label = cue_tokens(doc, features, gold, g_heads_only);
  CueFeatures::Ids buf{};
  for (const Sentence& sent : doc.sentences()) {
    if (!sent.prose) continue;
    for (std::uint32_t i = sent.first; i < sent.last; ++i) {
      if (!features.candidate(i, sent) || label[i] == Label::inside) continue;
      Example e;
      e.lexicon = lexicon_verdict(lex.attribution_cues.match(doc, i, sent.last).value);
      e.count = static_cast<std::uint8_t>(features.extract(i, sent, e.lexicon, buf));
      e.first = static_cast<std::uint32_t>(ids.size());
      e.positive = label[i] == Label::head;
      ids.insert(ids.end(), buf.begin(), buf.begin() + e.count);
      out.push_back(e);
    }
  }
}

Corpus load(const fs::path& split, const Lexicon& lex, int holdout) {
  std::vector<fs::path> texts;
  for (const auto& e : fs::directory_iterator(split / "text"))
    if (e.path().extension() == ".txt") texts.push_back(e.path());
  std::sort(texts.begin(), texts.end());
  Corpus c;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    std::string id = texts[k].stem().string();
    PolnearGold gold = parse_ann(slurp(first_annotation(split / "attributions", id)));
    bool held = holdout > 0 && static_cast<int>(k % holdout) == holdout - 1;
    add_article(slurp(texts[k]), gold, lex, c.ids, held ? c.held_out : c.train);
  }
  return c;
}

/// The lexicons of `dir` without the cue model: training never depends on an earlier model.
Lexicon lexicons_without_model(const fs::path& dir) {
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().filename() != "cue_model.txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> names, contents;
  for (const auto& p : paths) {
    names.push_back(p.filename().string());
    contents.push_back(slurp(p));
  }
  std::vector<EmbeddedFile> files;
  for (std::size_t k = 0; k < paths.size(); ++k) files.push_back({names[k], contents[k]});
  return Lexicon::from_files(files);
}

float logistic(float z) { return 1.0f / (1.0f + std::exp(-z)); }

/// Per weight slot, how many training tokens have a feature there.
std::vector<std::uint32_t> slot_counts(const Corpus& c) {
  std::vector<std::uint32_t> counts(std::size_t{1} << CueModel::kBits, 0);
  for (const Example& e : c.train)
    for (std::uint32_t f = 0; f < e.count; ++f) ++counts[cue_slot(c.ids[e.first + f])];
  return counts;
}

/// Logistic regression by AdaGrad; examples visited in a seeded shuffled order each epoch.
/// Features seen on fewer than `min_count` tokens keep no weight: they would only be noise.
/// Trained weights, before pruning and rounding.
struct Trained {
  std::vector<float> weights;
  float bias = 0;
};

Trained train(const Corpus& c, int epochs, std::uint32_t min_count) {
  std::vector<float> w(std::size_t{1} << CueModel::kBits, 0.0f);
  std::vector<std::uint32_t> counts = slot_counts(c);
  std::vector<float> g2(w.size(), 1e-6f);
  float bias = 0, bias_g2 = 1e-6f;
  const float rate = 0.1f, l2 = 1e-6f;
  std::vector<std::uint32_t> order(c.train.size());
  for (std::uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  std::mt19937 rng(20240611u);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
    double loss = 0;
    for (std::uint32_t k : order) {
      const Example& e = c.train[k];
      float z = bias;
      for (std::uint32_t f = 0; f < e.count; ++f) z += w[cue_slot(c.ids[e.first + f])];
      float p = logistic(z), y = e.positive ? 1.0f : 0.0f;
      loss -= std::log(std::max(1e-7f, e.positive ? p : 1 - p));
      float g = p - y;
      for (std::uint32_t f = 0; f < e.count; ++f) {
        std::uint32_t s = cue_slot(c.ids[e.first + f]);
        if (counts[s] < min_count) continue;
        float gs = g + l2 * w[s];
        g2[s] += gs * gs;
        w[s] -= rate * gs / std::sqrt(g2[s]);
      }
      bias_g2 += g * g;
      bias -= rate * g / std::sqrt(bias_g2);
    }
    std::fprintf(stderr, "epoch %d: mean loss %.4f\n", epoch + 1, loss / order.size());
  }
  return {std::move(w), bias};
}

/// Token-level precision and recall on the held-out articles at a few thresholds.
void report(const CueModel& m, const Corpus& c) {
  if (c.held_out.empty()) return;
  CueFeatures::Ids buf{};
  for (float t : {-3.0f, -2.0f, -1.0f, 0.0f, 1.0f, 2.0f}) {
    std::size_t tp[2] = {0, 0}, fp[2] = {0, 0}, pos[2] = {0, 0};
    for (const Example& e : c.held_out) {
      int in_lex = e.lexicon != LexiconVerdict::none;
      std::copy(c.ids.begin() + e.first, c.ids.begin() + e.first + e.count, buf.begin());
      bool yes = m.score(buf, e.count) > t;
      pos[in_lex] += e.positive;
      tp[in_lex] += yes && e.positive;
      fp[in_lex] += yes && !e.positive;
    }
    for (int l = 0; l < 2; ++l)
      std::fprintf(stderr, "threshold %+.1f %s: P %.3f R %.3f (%zu positives)\n", t,
                   l ? "lexicon" : "other  ", tp[l] / std::max(1.0, double(tp[l] + fp[l])),
                   tp[l] / std::max(1.0, double(pos[l])), pos[l]);
  }
}

/// The gate: the word weight that (100 - percent)% of the training tokens the model makes cues
/// (outside the lexicon's verbs and prepositions) reach. The first feature of a token is its word.
float pick_gate(const CueModel& m, const Corpus& c, float add, int percent) {
  std::vector<float> kept;
  std::size_t scored = 0, passing = 0;
  CueFeatures::Ids buf{};
  for (const Example& e : c.train) {
    if (e.lexicon == LexiconVerdict::verb || e.lexicon == LexiconVerdict::prep) continue;
    ++scored;
    std::copy(c.ids.begin() + e.first, c.ids.begin() + e.first + e.count, buf.begin());
    if (m.score(buf, e.count) > add) kept.push_back(m.score(buf, 1) - m.score(buf, 0));
  }
  if (kept.empty()) return -1e9f;
  std::sort(kept.begin(), kept.end());
  float gate = kept[kept.size() * percent / 100];
  for (const Example& e : c.train) {
    if (e.lexicon == LexiconVerdict::verb || e.lexicon == LexiconVerdict::prep) continue;
    std::copy(c.ids.begin() + e.first, c.ids.begin() + e.first + 1, buf.begin());
    passing += m.score(buf, 1) - m.score(buf, 0) >= gate;
  }
  std::fprintf(stderr, "gate %.3f: %zu of %zu tokens outside the lexicon pass\n", gate, passing,
               scored);
  return gate;
}

/// Writes the model, leaving out weights too small to matter.
void write(const Trained& m, const fs::path& out, float add, float drop, float gate, float prune) {
  std::ofstream f(out, std::ios::binary);
  f << "# claimgraph cue model: logistic regression over hashed token features\n"
    << "# (graph/extract/cue_model.cpp), trained on PolNeAR train by scripts/train-cue-model.sh.\n"
    << "# add: score above which a word outside the lexicon becomes a cue; drop: score below\n"
    << "# which a lexicon cue is ignored; gate: word weight below which a word outside the\n"
    << "# lexicon is not scored. Do not edit by hand.\n";
  char line[64];
  f << "bits " << CueModel::kBits << "\n";
  std::snprintf(line, sizeof line, "bias %.4g\nadd %.4g\ndrop %.4g\ngate %.4g\n", m.bias, add, drop,
                gate);
  f << line;
  const auto& w = m.weights;
  for (std::size_t s = 0; s < w.size(); ++s) {
    if (std::fabs(w[s]) < prune) continue;
    std::snprintf(line, sizeof line, "w %zu %.2g\n", s, w[s]);
    f << line;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: train_cue_model <split> <lexicon-dir> <output> [--holdout N] [--epochs E]"
                 " [--add X] [--drop X] [--prune X] [--min-count N] [--gate-percent P] [--labels "
                 "heads|all]\n";
    return 2;
  }
  int holdout = 0, epochs = 6;
  float add = 0.0f, drop = -1e9f, prune = 0.1f;
  std::uint32_t min_count = 3;
  int gate_percent = 1;
  for (int k = 4; k + 1 < argc; k += 2) {
    std::string opt = argv[k];
    if (opt == "--holdout")
      holdout = std::atoi(argv[k + 1]);
    else if (opt == "--epochs")
      epochs = std::atoi(argv[k + 1]);
    else if (opt == "--add")
      add = std::strtof(argv[k + 1], nullptr);
    else if (opt == "--drop")
      drop = std::strtof(argv[k + 1], nullptr);
    else if (opt == "--prune")
      prune = std::strtof(argv[k + 1], nullptr);
    else if (opt == "--labels")
      g_heads_only = std::string(argv[k + 1]) == "heads";
    else if (opt == "--gate-percent")
      gate_percent = std::atoi(argv[k + 1]);
    else if (opt == "--min-count")
      min_count = static_cast<std::uint32_t>(std::atoi(argv[k + 1]));
    else {
      std::cerr << "train_cue_model: unknown option " << opt << "\n";
      return 2;
    }
  }
  try {
    Lexicon lex = lexicons_without_model(argv[2]);
    Corpus c = load(argv[1], lex, holdout);
    std::fprintf(stderr, "%zu training tokens, %zu held out\n", c.train.size(), c.held_out.size());
    Trained m = train(c, epochs, min_count);
    CueModel model = CueModel::from_weights(m.weights, m.bias);
    report(model, c);
    write(m, argv[3], add, drop, pick_gate(model, c, add, gate_percent), prune);
  } catch (const std::exception& e) {
    std::cerr << "train_cue_model: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
