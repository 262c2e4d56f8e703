// dossier/json.h: a small streaming JSON writer.
//
// Writes compact JSON into a std::string with no allocation per value beyond
// the string's own growth. Keys are written in the order given; callers keep
// a fixed key order so output is deterministic. It does not parse JSON
// (ingest uses simdjson for that) and does not check that the caller closes
// what it opens, beyond debug asserts.
//
//   JsonWriter w(&out);
//   w.BeginObject(); w.Key("id"); w.String("a1"); w.EndObject();
#ifndef DOSSIER_JSON_H_
#define DOSSIER_JSON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

class JsonWriter {
 public:
  // REQUIRES: out outlives the writer.
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  // Escapes as JSON requires; invalid UTF-8 is written as U+FFFD.
  void String(std::string_view value);
  void Int(int64_t value);
  void Uint(uint64_t value);
  // Integral doubles print without a fraction ("613", not "613.0");
  // non-finite values print as null.
  void Double(double value);
  void Bool(bool value);
  void Null();
  // Convenience: Key(k) then the value; the optional forms write null.
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void Field(std::string_view key, const char* value) {
    Key(key);
    if (value) {
      String(value);
    } else {
      Null();
    }
  }
  void Field(std::string_view key, int64_t value) {
    Key(key);
    Int(value);
  }
  void Field(std::string_view key, double value) {
    Key(key);
    Double(value);
  }
  void Field(std::string_view key, bool value) {
    Key(key);
    Bool(value);
  }
  void NullableField(std::string_view key, std::optional<int64_t> value);
  void NullableField(std::string_view key, std::optional<double> value);
  void NullableStringField(std::string_view key,
                           std::string_view value);  // "" -> null

 private:
  void Separate();
  std::string* out_;
  // One entry per open container: true once it holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// Appends value to out escaped as a JSON string body (no quotes).
void AppendJsonEscaped(std::string_view value, std::string* out);

}  // namespace dossier

#endif  // DOSSIER_JSON_H_
