// claimgraph eval graph: entity and relation scores against gold graphs (eval/README.md, section
// 2).

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/eval/graph_eval.h"
#include "graph/eval/polnear_eval.h"
#include "graph/extract/extractor.h"
#include "graph/io/terminal_text.h"
#include "graph/text/utf8.h"

namespace claimgraph::cli {

namespace fs = std::filesystem;

namespace {

struct EvalArgs {
  std::string split;
  std::vector<std::string> gold;
  std::vector<std::string> text_dirs;
  std::string lexicon_dir;
  bool verbose = false;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error(p.string() + ": cannot be read");
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::vector<fs::path> gold_files(const std::vector<std::string>& inputs) {
  std::vector<fs::path> out;
  for (const auto& in : inputs) {
    if (!fs::is_directory(in)) {
      out.emplace_back(in);
      continue;
    }
    std::vector<fs::path> found;
    for (const auto& e : fs::directory_iterator(in))
      if (e.path().string().ends_with(".gold.json")) found.push_back(e.path());
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

/// The article text: beside the gold file, in a --text-dir, or in shared PolNeAR dev.
std::optional<fs::path> text_for(const fs::path& gold, const std::string& id, const EvalArgs& a) {
  std::vector<fs::path> dirs{gold.parent_path()};
  for (const auto& d : a.text_dirs) dirs.emplace_back(d);
  dirs.push_back(gold.parent_path() / ".." / ".." / "data" / "polnear" / "dev" / "text");
  for (const auto& d : dirs)
    if (fs::exists(d / (id + ".txt"))) return d / (id + ".txt");
  return std::nullopt;
}

void print_counts(const char* label, const Counts& c) {
  std::cout << std::left << std::setw(24) << label << std::right << std::fixed
            << std::setprecision(3) << "P " << c.precision() << "  R " << c.recall() << "  F1 "
            << c.f1() << "   (" << c.matched_predicted << "/" << c.predicted << " predicted, "
            << c.matched_gold << "/" << c.gold << " gold)\n";
}

/// One --verbose line: article, miss or false hit, the item, and its sentence when known.
void print_item(const std::string& id, const char* verdict, const ScoredItem& item) {
  std::string sentence = item.sentence;
  std::replace(sentence.begin(), sentence.end(), '\n', ' ');
  std::replace(sentence.begin(), sentence.end(), '\t', ' ');
  // Ids, gold items and sentences come from the outside world: escaped for the terminal.
  std::cout << terminal_safe(id) << "\t" << verdict << "\t" << terminal_safe(item.what);
  if (!sentence.empty()) std::cout << "\t" << terminal_safe(sentence);
  std::cout << "\n";
}

int run(EvalArgs& a) {
  InputOptions lexicon_holder;
  lexicon_holder.lexicon_dir = a.lexicon_dir;
  const Lexicon& lexicon = lexicon_holder.lexicon();
  GraphScore total;
  std::size_t articles = 0, failures = 0;
  for (const auto& path : gold_files(a.gold)) {
    try {
      std::string name = path.filename().string();
      std::string id = name.substr(0, name.size() - std::string(".gold.json").size());
      GoldGraph gold = parse_gold(slurp(path));
      auto text_path = text_for(path, id, a);
      if (!text_path) throw std::runtime_error("no text " + id + ".txt found (use --text-dir)");
      Article article{id, slurp(*text_path), "", "", ""};
      if (auto problem = check_text(article.text); !problem.empty())
        throw std::runtime_error(problem);
      GraphScore s = score_graph(gold, extract_article(article, lexicon), article.text);
      if (a.verbose) {
        for (const auto& m : s.misses) print_item(id, "missed", m);
        for (const auto& f : s.false_hits) print_item(id, "false", f);
        for (const auto& u : s.unattributed) print_item(id, "unattributed", u);
        for (const auto& m : s.mistyped) print_item(id, "mistyped", m);
      }
      total += s;
      ++articles;
    } catch (const std::exception& e) {
      std::cerr << "claimgraph eval: " << terminal_safe(path.string()) << ": "
                << terminal_safe(e.what()) << "\n";
      ++failures;
    }
  }
  std::cout << "articles                " << articles << "\n";
  print_counts("entity", total.entity);
  print_counts("entity.typed", total.entity_typed);
  print_counts("relation", total.relation);
  for (auto kind : kAllRelationKinds) {
    std::string label = "  " + std::string(to_string(kind));
    print_counts(label.c_str(), total.relation_by_kind[static_cast<std::size_t>(kind)]);
  }
  std::cout << std::left << std::setw(24) << "attribution_of_matched" << std::right << std::fixed
            << std::setprecision(3) << total.attribution_of_matched() << "   ("
            << total.attribution_matched << "/" << total.attribution_total << ")\n";
  if (articles == 0) return kInputsFailed;
  return failures ? kInputsFailed : kOk;
}

/// The annotation PolNeAR scoring uses: the first <id>_*.ann in sorted order.
std::optional<fs::path> first_annotation(const fs::path& dir, const std::string& id) {
  std::optional<fs::path> best;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (!name.starts_with(id + "_") || !name.ends_with(".ann")) continue;
    if (!best || e.path() < *best) best = e.path();
  }
  return best;
}

/// "P R F1" in percent, one decimal, aligned for the table.
void print_percentages(const Counts& c) {
  std::cout << std::fixed << std::setprecision(1) << "   " << std::setw(5) << 100 * c.precision()
            << " " << std::setw(5) << 100 * c.recall() << " " << std::setw(5) << 100 * c.f1();
}

void print_role(const char* label, const RoleScore& r) {
  std::cout << std::left << std::setw(10) << label << std::right;
  print_percentages(r.exact);
  print_percentages(r.overlap);
  std::cout << "   (gold " << r.exact.gold << ", predicted " << r.exact.predicted << ")\n";
}

int run_polnear(EvalArgs& a) {
  InputOptions lexicon_holder;
  lexicon_holder.lexicon_dir = a.lexicon_dir;
  const Lexicon& lexicon = lexicon_holder.lexicon();
  fs::path text_dir = fs::path(a.split) / "text", ann_dir = fs::path(a.split) / "attributions";
  if (!fs::is_directory(text_dir) || !fs::is_directory(ann_dir))
    throw std::runtime_error(a.split + " has no text/ and attributions/ folders");
  std::vector<fs::path> texts;
  for (const auto& e : fs::directory_iterator(text_dir))
    if (e.path().extension() == ".txt") texts.push_back(e.path());
  std::sort(texts.begin(), texts.end());
  PolnearScore total;
  std::size_t articles = 0, failures = 0;
  for (const auto& path : texts) {
    std::string id = path.stem().string();
    try {
      auto ann = first_annotation(ann_dir, id);
      if (!ann) throw std::runtime_error("no annotation " + id + "_*.ann");
      Article article{id, slurp(path), "", "", ""};
      if (auto problem = check_text(article.text); !problem.empty())
        throw std::runtime_error(problem);
      PolnearGold gold = parse_ann(slurp(*ann));
      PolnearScore s = score_polnear(gold, extract_article(article, lexicon).attributions,
                                     to_code_points(article.text));
      if (a.verbose)
        std::cout << terminal_safe(id) << "\tsource " << s.source.exact.matched_gold << "/"
                  << s.source.exact.gold << "\tcue " << s.cue.exact.matched_gold << "/"
                  << s.cue.exact.gold << "\tlinked " << s.linked.matched_gold << "/"
                  << s.linked.gold << "\n";
      total += s;
      ++articles;
    } catch (const std::exception& e) {
      std::cerr << "claimgraph eval: " << terminal_safe(path.string()) << ": "
                << terminal_safe(e.what()) << "\n";
      ++failures;
    }
  }
  std::cout << "articles " << articles << "\n"
            << "role             exact P     R    F1    overlap P     R    F1\n";
  print_role("source", total.source);
  print_role("cue", total.cue);
  print_role("content", total.content);
  std::cout << std::left << std::setw(10) << "linked" << std::right;
  print_percentages(total.linked);
  std::cout << "   (gold " << total.linked.gold << ", predicted " << total.linked.predicted
            << ")\n";
  if (articles == 0) return kInputsFailed;
  return failures ? kInputsFailed : kOk;
}

}  // namespace

Runner setup_eval(CLI::App& sub) {
  auto a = std::make_shared<EvalArgs>();
  sub.require_subcommand(1);
  CLI::App* graph =
      sub.add_subcommand("graph", "Score entities and relations against *.gold.json files");
  graph->add_option("gold", a->gold, "Gold files or folders of *.gold.json")->required();
  graph->add_option("--text-dir", a->text_dirs, "Where the articles' .txt files are (repeatable)");
  graph->add_option("--lexicons", a->lexicon_dir, "Use the lexicon files in this folder")
      ->check(CLI::ExistingDirectory);
  graph->add_flag("-v,--verbose", a->verbose, "List every miss and false hit");
  CLI::App* polnear =
      sub.add_subcommand("polnear", "Score attribution spans against a PolNeAR split");
  polnear->add_option("split", a->split, "A split folder holding text/ and attributions/")
      ->required();
  polnear->add_option("--lexicons", a->lexicon_dir, "Use the lexicon files in this folder")
      ->check(CLI::ExistingDirectory);
  polnear->add_flag("-v,--verbose", a->verbose, "One line of counts per article");
  return [a, polnear]() { return polnear->parsed() ? run_polnear(*a) : run(*a); };
}

}  // namespace claimgraph::cli
