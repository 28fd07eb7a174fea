#include "cli/inputs.h"

#include <iostream>

#include "extractor_id.h"
#include "graph/extract/extractor.h"
#include "graph/io/terminal_text.h"
#include "graph/query/names.h"
#include "graph/query/path.h"
#include "graph/resolve/cross_article.h"
#include "graph/store/store.h"

namespace claimgraph::cli {

Output::Output(const std::string& path) {
  if (!path.empty() && path != "-") file_ = std::make_unique<AtomicFile>(path);
}

void Output::finish() {
  if (file_) return file_->commit();
  if (!std::cout.flush()) throw std::runtime_error("writing to standard output failed");
}

const Lexicon& InputOptions::lexicon() {
  if (lexicon_dir.empty()) return Lexicon::builtin();
  if (!custom_) custom_ = std::make_unique<Lexicon>(Lexicon::from_directory(lexicon_dir));
  return *custom_;
}

std::vector<std::string> InputOptions::take_stores() {
  std::vector<std::string> stores, articles;
  for (auto& input : inputs) (is_store_file(input) ? stores : articles).push_back(input);
  inputs = std::move(articles);
  return stores;
}

void InputOptions::print(const InputError& problem) {
  // Paths and ids come from the outside world: escaped, they cannot forge a line.
  std::cerr << "claimgraph: " << terminal_safe(problem.input) << ": "
            << terminal_safe(problem.message) << "\n";
}

const FileMetadata* InputOptions::metadata() {
  if (metadata_file.empty()) return nullptr;
  if (!metadata_)
    metadata_ = std::make_unique<FileMetadata>(
        FileMetadata::read(metadata_file, columns, [this](const InputError& e) {
          print(e);
          failures += strict;
        }));
  return metadata_.get();
}

void InputOptions::read(const std::function<void(Article&&)>& on_article) {
  ArticleSink sink;
  sink.article = on_article;
  sink.error = [this](const InputError& e) {
    print(e);
    ++failures;
  };
  sink.warning = [this](const InputError& e) {
    print(e);
    failures += strict;  // a warning fails the run only when asked
  };
  read_inputs(inputs, std::cin, sink, limits, {columns, metadata()});
}

void add_input_options(CLI::App& sub, InputOptions& options, bool inputs_required) {
  auto* opt =
      sub.add_option("inputs", options.inputs,
                     "Article files (.txt, .jsonl/.ndjson, .csv), folders searched for them, glob "
                     "patterns, graph stores, or - for standard input (JSON Lines when it starts "
                     "with '{')");
  if (inputs_required) opt->required();
  sub.add_option("--lexicons", options.lexicon_dir,
                 "Use the lexicon files in this folder instead of the built-in ones")
      ->check(CLI::ExistingDirectory);
  add_reading_options(sub, options);
}

void add_reading_options(CLI::App& sub, InputOptions& options) {
  const char* group = "Reading articles";
  auto column = [&](const char* name, std::string& target, const std::string& what) {
    sub.add_option(name, target, "The CSV column or JSON Lines key of the " + what)
        ->option_text("NAME")
        ->group(group);
  };
  column("--text-column", options.columns.text, "text (default: text, body, content or article)");
  column("--id-column", options.columns.id,
         "id (default: id), and the --metadata column of the file name (default: file, "
         "filename or id)");
  const std::string also = "; also names the --metadata column";
  column("--title-column", options.columns.title, "title (default: title or headline)" + also);
  column("--outlet-column", options.columns.outlet,
         "outlet (default: outlet, publisher or source_name)" + also);
  column("--date-column", options.columns.date,
         "date (default: date, publication_date, published or pubdate)" + also);
  column("--url-column", options.columns.url, "URL (default: url or link)" + also);
  sub.add_option("--metadata", options.metadata_file,
                 "A TSV (.tsv) or CSV table giving text files their title, outlet, date and URL, "
                 "one row per file, joined by file name with or without its extension")
      ->check(CLI::ExistingFile)
      ->option_text("FILE")
      ->group(group);
  sub.add_flag("--strict", options.strict,
               "Count warnings (empty articles, dates not understood, text files without "
               "metadata) as failures: exit status 1")
      ->group(group);
  add_limit_option(sub, options);
}

void add_limit_option(CLI::App& sub, InputOptions& options) {
  sub.add_option("--max-article-bytes", options.limits.max_bytes,
                 "Skip (and report) any article larger than this; JSON Lines and CSV records may "
                 "be twice as long, plus 64 KiB of metadata")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

void add_query_options(CLI::App& sub, std::vector<std::string>& positionals, InputOptions& options,
                       const std::string& help) {
  sub.add_option("args", positionals, help)->required();
  sub.add_option("--lexicons", options.lexicon_dir, "Use the lexicon files in this folder")
      ->check(CLI::ExistingDirectory);
  add_alias_option(sub, options);
  add_filter_options(sub, options);
  add_reading_options(sub, options);
}

void add_graph_options(CLI::App& sub, InputOptions& options) {
  add_input_options(sub, options);
  add_alias_option(sub, options);
  add_filter_options(sub, options);
}

Runner json_lines_command(CLI::App& sub, std::function<void(InputOptions&, std::ostream&)> write) {
  auto options = std::make_shared<InputOptions>();
  auto output = std::make_shared<std::string>();
  add_input_options(sub, *options);
  sub.add_option("-o,--output", *output, "Write the JSON Lines here instead of standard output");
  return [options, output, write]() {
    Output file(*output);
    write(*options, file.stream());
    file.finish();
    return options->failures ? kInputsFailed : kOk;
  };
}

void add_filter_options(CLI::App& sub, InputOptions& options) {
  auto date = [](const std::string& bound) { return check_date_bound(bound); };
  // One value per occurrence: a repeatable option would otherwise eat the positionals after it
  // (`path STORE --outlet Politico "Donald Trump" "Vladimir Putin"`).
  sub.add_option("--outlet", options.filter.outlets,
                 "Only articles published by this outlet (from the input's metadata; repeat for "
                 "several)")
      ->allow_extra_args(false);
  sub.add_option("--since", options.filter.since,
                 "Only articles dated on or after this date (2016, 2016-09 or 2016-09-19)")
      ->check(date);
  sub.add_option("--until", options.filter.until,
                 "Only articles dated on or before this date, inclusive at its precision")
      ->check(date);
}

std::optional<ClaimGraph::Vertex> find_named_entity(const ClaimGraph& graph,
                                                    const std::string& name,
                                                    const std::string& command) {
  return named_entity(find_entity(graph, name), name, command);
}

std::optional<ClaimGraph::Vertex> named_entity(const EntityLookup& found, const std::string& name,
                                               const std::string& command) {
  if (found.vertex) return found.vertex;
  auto label = [](const NameCandidate& c) {
    return terminal_safe(c.name) + " (" + std::string(to_string(c.kind)) + ", " +
           std::to_string(c.degree) + (c.degree == 1 ? " relation)" : " relations)");
  };
  std::cerr << "claimgraph " << command << ": ";
  if (!found.candidates.empty()) {
    std::cerr << "'" << terminal_safe(name) << "' is ambiguous: it names";
    constexpr std::size_t kShown = 8;  // most relations first; the rest are strays
    for (std::size_t i = 0; i < found.candidates.size() && i < kShown; ++i)
      std::cerr << (i ? "; " : " ") << label(found.candidates[i]);
    if (found.candidates.size() > kShown)
      std::cerr << "; +" << found.candidates.size() - kShown << " more";
    std::cerr << "; give the full name or id\n";
    return std::nullopt;
  }
  std::cerr << "no entity named '" << terminal_safe(name) << "'";
  for (std::size_t i = 0; i < found.suggestions.size(); ++i)
    std::cerr << (i ? "; " : "; did you mean: ") << label(found.suggestions[i]);
  std::cerr << "\n";
  return std::nullopt;
}

void add_alias_option(CLI::App& sub, InputOptions& options) {
  sub.add_option(
         "--aliases", options.alias_file,
         "Alias rules: lines 'A = B' (one entity, shown as A), 'A != B' (never one entity, even "
         "when they share a key) and 'A : kind' (its kind; also 'A = B : kind')")
      ->check(CLI::ExistingFile);
}

std::string extractor_signature(const std::string& lexicon_fingerprint) {
  return std::string("claimgraph ") + CLAIMGRAPH_VERSION + " " + CLAIMGRAPH_EXTRACTOR_ID + " " +
         lexicon_fingerprint;
}

ClaimGraph build_graph(InputOptions& options,
                       const std::function<void(const ArticleExtraction&)>& each) {
  std::vector<AliasRule> rules;
  if (!options.alias_file.empty()) rules = read_alias_rules(options.alias_file);
  std::vector<ArticleExtraction> extractions;
  auto keep = [&](ArticleExtraction&& x) {
    if (!options.filter.accepts(x.outlet, x.date)) return;
    if (each) each(x);
    extractions.push_back(std::move(x));
  };
  // A graph store stands for the articles it holds: they are read, not extracted again.
  for (const auto& store : options.take_stores())
    GraphStore(store, StoreAccess::read_only).read_all(keep);
  // Parsing the word lists costs tens of milliseconds: only when there are articles to extract.
  if (!options.inputs.empty()) {
    const Lexicon& lexicon = options.lexicon();
    options.read([&](Article&& article) {
      // Metadata is known before extraction, so articles the filter drops cost nothing.
      if (options.filter.accepts(article.outlet, article.date))
        keep(extract_article(article, lexicon));
    });
  }
  return build_claim_graph(std::move(extractions), rules);
}

}  // namespace claimgraph::cli
