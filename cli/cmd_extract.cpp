// claimgraph extract: one JSON line per article, per the output contract.

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/extract/extractor.h"
#include "graph/io/json_output.h"
#include "graph/store/store.h"

namespace claimgraph::cli {

Runner setup_extract(CLI::App& sub) {
  auto options = std::make_shared<InputOptions>();
  auto output = std::make_shared<std::string>();
  add_input_options(sub, *options);
  sub.add_option("-o,--output", *output, "Write the JSON Lines here instead of standard output");
  return [options, output]() {
    Output file(*output);
    std::ostream& out = file.stream();
    // A store's articles are written as stored (extracted before, not again), ahead of the
    // articles to extract.
    for (const auto& store : options->take_stores())
      GraphStore(store).read_stored([&](StoredArticle&& a) { out << to_json_line(a) << '\n'; });
    const Lexicon& lexicon = options->lexicon();
    const std::string signature = extractor_signature(lexicon);
    // Each record carries its content hash and size, so `merge` can rebuild a store that a
    // later `build` updates incrementally.
    if (!options->inputs.empty())
      options->read([&](Article&& article) {
        StoredArticle a{extract_article(article, lexicon), article_hash(signature, article),
                        article.text.size()};
        out << to_json_line(a) << '\n';
      });
    file.finish();
    return options->failures ? kInputsFailed : kOk;
  };
}

}  // namespace claimgraph::cli
