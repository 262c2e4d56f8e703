// One JSON Lines record -> one document. Known fields (id, source, url,
// date, title, text) fill the Document; any other field is kept as metadata
// (strings as they are, other values as compact JSON). A line that is not a
// JSON object with a string "text" is reported with its line number.
#include <simdjson.h>

#include <string>

#include "ingest/internal.h"

namespace dossier::ingest {
namespace {

// Puts one field other than "text" where it belongs: id (a string or an
// integer), source, url, title and date (strings) in their places, any
// other value but null in the metadata.
void ReadField(std::string_view key, simdjson::dom::element value, RawDocument* raw) {
  std::string_view str;
  bool is_string = !value.get_string().get(str);
  if (key == "id" && (is_string || value.is_int64() || value.is_uint64())) {
    raw->doc.id = is_string ? std::string(str) : simdjson::to_string(value);
    return;
  }
  std::string* known = nullptr;
  if (key == "source") {
    known = &raw->doc.source;
  } else if (key == "url") {
    known = &raw->doc.url;
  } else if (key == "title") {
    known = &raw->doc.title;
  } else if (key == "date") {
    known = &raw->date_text;
  }
  if (is_string && known != nullptr) {
    known->assign(str);
  } else if (!value.is_null()) {
    raw->doc.metadata.emplace_back(std::string(key),
                                   is_string ? std::string(str) : simdjson::to_string(value));
  }
}

}  // namespace

void ReadJsonlLine(std::string_view line, size_t line_number, const std::string& stem,
                   const std::string& path, const Context& ctx) {
  std::string location = path + ":" + std::to_string(line_number);
  // One parser per thread, reused: no allocation per line once warm.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::padded_string padded(line);
  auto error = parser.parse(padded).get(root);
  if (error) {
    ctx.Skip(location, std::string("invalid JSON: ") + simdjson::error_message(error));
    return;
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) {
    ctx.Skip(location, "not a JSON object");
    return;
  }
  RawDocument raw;
  bool has_text = false;
  for (auto field : obj) {
    if (field.key != "text") {
      ReadField(field.key, field.value, &raw);
      continue;
    }
    std::string_view str;
    if (field.value.get_string().get(str)) {
      ctx.Skip(location, "\"text\" is not a string");
      return;
    }
    raw.doc.text.assign(str);
    has_text = true;
  }
  if (!has_text) {
    ctx.Skip(location, "no \"text\" field");
    return;
  }
  FinishDocument(std::move(raw), stem + "-" + std::to_string(line_number), location, ctx);
}

}  // namespace dossier::ingest
