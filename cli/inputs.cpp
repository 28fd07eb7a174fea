#include "cli/inputs.h"

#include <iostream>

#include "graph/extract/extractor.h"

namespace claimgraph::cli {

const Lexicon& InputOptions::lexicon() {
  if (lexicon_dir.empty()) return Lexicon::builtin();
  if (!custom_) custom_ = std::make_unique<Lexicon>(Lexicon::from_directory(lexicon_dir));
  return *custom_;
}

void InputOptions::read(const std::function<void(Article&&)>& on_article) {
  ArticleSink sink;
  sink.article = on_article;
  sink.error = [this](const InputError& e) {
    std::cerr << "claimgraph: " << e.input << ": " << e.message << "\n";
    ++failures;
  };
  read_inputs(inputs, std::cin, sink);
}

void add_input_options(CLI::App& sub, InputOptions& options, bool inputs_required) {
  auto* opt =
      sub.add_option("inputs", options.inputs,
                     "Article text files, folders (searched for *.txt), or - for standard input");
  if (inputs_required) opt->required();
  sub.add_option("--lexicons", options.lexicon_dir,
                 "Use the lexicon files in this folder instead of the built-in ones")
      ->check(CLI::ExistingDirectory);
}

ClaimGraph build_graph(InputOptions& options) {
  ClaimGraph graph;
  const Lexicon& lexicon = options.lexicon();
  options.read([&](Article&& article) { graph.add_article(extract_article(article, lexicon)); });
  return graph;
}

}  // namespace claimgraph::cli
