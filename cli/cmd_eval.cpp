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
#include "graph/extract/extractor.h"

namespace claimgraph::cli {

namespace fs = std::filesystem;

namespace {

struct EvalArgs {
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
      GraphScore s = score_graph(gold, extract_article(article, lexicon));
      if (a.verbose) {
        for (const auto& m : s.misses) std::cout << id << "\tmissed\t" << m << "\n";
        for (const auto& f : s.false_hits) std::cout << id << "\tfalse\t" << f << "\n";
      }
      total += s;
      ++articles;
    } catch (const std::exception& e) {
      std::cerr << "claimgraph eval: " << path.string() << ": " << e.what() << "\n";
      ++failures;
    }
  }
  std::cout << "articles                " << articles << "\n";
  print_counts("entity", total.entity);
  print_counts("entity.typed", total.entity_typed);
  print_counts("relation", total.relation);
  std::cout << std::left << std::setw(24) << "attribution_of_matched" << std::right << std::fixed
            << std::setprecision(3) << total.attribution_of_matched() << "   ("
            << total.attribution_matched << "/" << total.attribution_total << ")\n";
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
  return [a]() { return run(*a); };
}

}  // namespace claimgraph::cli
