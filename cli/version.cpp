#include "cli/version.h"

#include <utf8proc.h>
#include <xxhash.h>

#include <CLI/CLI.hpp>
#include <boost/version.hpp>
#include <nlohmann/json_fwd.hpp>

#include "cli/inputs.h"
#include "extractor_id.h"
#include "graph/extract/lexicon.h"
#include "graph/io/record_input.h"
#include "graph/render/render.h"
#include "graph/serve/server.h"
#include "graph/store/store.h"

namespace claimgraph::cli {

namespace {

/// "a.b.c" from three numbers.
std::string dotted(unsigned major, unsigned minor, unsigned patch) {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

/// Each library and its version, in one line.
std::string libraries() {
  unsigned xxh = XXH_versionNumber();  // major * 10000 + minor * 100 + release
  return "Graphviz " + graphviz_version() + ", SQLite " + sqlite_version() + ", Boost " +
         dotted(BOOST_VERSION / 100000, BOOST_VERSION / 100 % 1000, BOOST_VERSION % 100) +
         ", CLI11 " + CLI11_VERSION + ", simdjson " + json_parser_version() + ", cpp-httplib " +
         http_library_version() + ", utf8proc " + utf8proc_version() + ", xxHash " +
         dotted(xxh / 10000, xxh / 100 % 100, xxh % 100) + ", nlohmann/json " +
         dotted(NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR,
                NLOHMANN_JSON_VERSION_PATCH);
}

}  // namespace

std::string version_text() {
  return std::string("claimgraph ") + CLAIMGRAPH_VERSION + "\n" +
         "extractor signature: " + extractor_signature(Lexicon::builtin_fingerprint()) +
         " (with the built-in lexicons; `build` extracts again every article stored under "
         "another)\n" +
         "resolver: " + CLAIMGRAPH_RESOLVER_ID +
         " (a store's saved graph made under another is made again)\n" +
         "libraries: " + libraries();
}

}  // namespace claimgraph::cli
