// numbers_dump: a development stand-in for `dossier extract --with-text`
// that runs the number layer alone. Reads JSON Lines documents ({"id",
// "text"}) and writes one line per document: id, text and "numbers".
// usage: numbers_dump [extract] [--with-text] [--explain] FILE.jsonl
// It is not the CLI (cli/ is) and does nothing but the number layer.
#include <simdjson.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "dossier/json.h"
#include "dossier/numbers.h"

int main(int argc, char** argv) {
  std::string path;
  bool explain = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--explain") {
      explain = true;
    } else if (a == "extract" || a == "--with-text") {
      continue;
    } else {
      path = a;
    }
  }
  if (path.empty()) {
    std::fprintf(stderr, "usage: numbers_dump [--explain] FILE.jsonl\n");
    return 2;
  }
  auto rec = dossier::NumberRecognizer::Create({});
  if (!rec.ok()) {
    std::fprintf(stderr, "%s\n", rec.status().ToString().c_str());
    return 2;
  }
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json)) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 2;
  }
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream docs;
  if (parser.iterate_many(json).get(docs)) return 2;
  std::string out;
  std::vector<dossier::NumberMention> found;
  for (auto doc : docs) {
    std::string_view id, text;
    simdjson::ondemand::object obj;
    if (doc.get_object().get(obj)) continue;
    std::string id_s, text_s;
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key)) continue;
      if (key == "id") {
        std::string_view v;
        if (!field.value().get_string().get(v)) id_s = v;
      } else if (key == "text") {
        std::string_view v;
        if (!field.value().get_string().get(v)) text_s = v;
      }
    }
    found.clear();
    (*rec)->Recognize(text_s, &found);
    out.clear();
    dossier::JsonWriter w(&out);
    w.BeginObject();
    w.Field("id", id_s);
    w.Field("text", text_s);
    w.Key("numbers");
    dossier::WriteNumbersJson(text_s, found, explain, &w);
    w.EndObject();
    std::cout << out << '\n';
  }
  return 0;
}
