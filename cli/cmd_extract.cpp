// claimgraph extract: one JSON line per article, per the output contract, with the article's
// metadata, content hash and size, so that `merge` can rebuild a store from the lines.

#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "graph/extract/extractor.h"
#include "graph/io/json_output.h"
#include "graph/io/terminal_text.h"
#include "graph/store/batch_build.h"
#include "graph/store/store.h"

namespace claimgraph::cli {

Runner setup_extract(CLI::App& sub) {
  return json_lines_command(sub, [](InputOptions& options, std::ostream& out) {
    // A store's articles are written as stored (extracted before, not again), ahead of the
    // articles to extract.
    for (const auto& store : options.take_stores())
      GraphStore(store, StoreAccess::read_only).read_stored([&](StoredArticle&& a) {
        out << to_json_line(a) << '\n';
      });
    if (options.inputs.empty()) return;
    const Lexicon& lexicon = options.lexicon();
    const std::string signature = extractor_signature(lexicon.fingerprint());
    options.read([&](Article&& article) {
      StoredArticle a;
      try {
        a = {extract_article(article, lexicon), article_hash(signature, article),
             article.text.size()};
      } catch (const std::exception& e) {  // one article's failure never stops the batch
        std::cerr << "claimgraph: " << terminal_safe(article.id)
                  << ": extraction failed: " << terminal_safe(e.what()) << "\n";
        ++options.failures;
        return;
      }
      out << to_json_line(a) << '\n';
    });
  });
}

}  // namespace claimgraph::cli
