// The explorer's JSON writer: nesting and commas, escaping, numbers, and valid JSON for any
// bytes (checked by parsing it back with nlohmann::json).

#include "graph/io/json_writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

using namespace claimgraph;

TEST_CASE("JsonWriter: commas and nesting as written") {
  JsonWriter out;
  out.begin_object().key("a").value(std::size_t{1}).key("b").begin_array();
  out.value("x").null().value(true).begin_object().end_object().begin_array().end_array();
  out.end_array().key("c").raw("[1,2]").key("d").string_or_null("").end_object();
  CHECK(out.text() == R"({"a":1,"b":["x",null,true,{},[]],"c":[1,2],"d":null})");
}

TEST_CASE("JsonWriter: strings escaped, invalid UTF-8 replaced") {
  struct Case {
    std::string in, out;
  };
  for (const Case& c : std::vector<Case>{
           {"plain", R"("plain")"},
           {"say \"no\"", R"("say \"no\"")"},
           {"a\\b", R"("a\\b")"},
           {"line\nbreak\ttab\r", R"("line\nbreak\ttab\r")"},
           {std::string("nul\0x", 5), R"("nul\u0000x")"},
           {"\x01\x1f\x7f", "\"\\u0001\\u001f\x7f\""},
           {"Poutine \xC3\xA9t\xC3\xA9", "\"Poutine \xC3\xA9t\xC3\xA9\""},
           {"bad \xC3 byte", "\"bad \xEF\xBF\xBD byte\""},
           {"\xFF\xFE", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},
           {"</script>", R"("</script>")"},  // the HTML file's own pass removes "<"
       }) {
    CAPTURE(c.in);
    CHECK(json_string(c.in) == c.out);
  }
}

TEST_CASE("JsonWriter: numbers as nlohmann::json writes them, non-finite as null") {
  struct Case {
    double in;
    std::string out;
  };
  for (const Case& c : std::vector<Case>{{0.8, "0.8"},
                                         {1.0, "1.0"},
                                         {2.5e-7, "2.5e-07"},
                                         {1e21, "1e+21"},
                                         {-3.25, "-3.25"},
                                         {std::nan(""), "null"},
                                         {std::numeric_limits<double>::infinity(), "null"}}) {
    JsonWriter out;
    out.value(c.in);
    CAPTURE(c.in);
    CHECK(out.text() == c.out);
    if (std::isfinite(c.in)) CHECK(nlohmann::json::parse(out.text()).get<double>() == c.in);
  }
  JsonWriter big;
  big.value(std::numeric_limits<std::size_t>::max());
  CHECK(big.text() == "18446744073709551615");
}

TEST_CASE("JsonWriter: any bytes give valid JSON; valid UTF-8 comes back unchanged") {
  std::mt19937 rng(5);
  for (int i = 0; i < 2000; ++i) {
    std::string bytes(rng() % 40, '\0');
    for (char& b : bytes) b = static_cast<char>(rng() % 4 ? rng() % 128 : rng() % 256);
    JsonWriter out;
    out.begin_object().key(bytes).begin_array().value(bytes).end_array().end_object();
    CAPTURE(bytes);
    nlohmann::json parsed;
    REQUIRE_NOTHROW(parsed = nlohmann::json::parse(out.text()));
    bool valid =
        nlohmann::json(bytes).dump(-1, ' ', false, nlohmann::json::error_handler_t::ignore) ==
        nlohmann::json(bytes).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (valid) CHECK(parsed[bytes][0].get<std::string>() == bytes);
  }
}
