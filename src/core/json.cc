// JsonWriter: compact, deterministic JSON output. Writes only; never parses.
#include "dossier/json.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/utf8.h"

namespace dossier {

void AppendJsonEscaped(std::string_view v, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t i = 0;
  while (i < v.size()) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      size_t j = i + 1;
      while (j < v.size()) {
        unsigned char d = static_cast<unsigned char>(v[j]);
        if (d < 0x20 || d == '"' || d == '\\' || d >= 0x80) break;
        ++j;
      }
      out->append(v.data() + i, j - i);
      i = j;
      continue;
    }
    if (c >= 0x80) {
      size_t len = ValidUtf8SequenceLength(v, i);
      if (len == 0) {
        out->append("\xEF\xBF\xBD");
        ++i;
      } else {
        out->append(v.data() + i, len);
        i += len;
      }
      continue;
    }
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
    ++i;
  }
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_element_.empty()) {
    if (has_element_.back()) out_->push_back(',');
    has_element_.back() = true;
  }
}

void JsonWriter::BeginObject() {
  Separate();
  out_->push_back('{');
  has_element_.push_back(false);
}
void JsonWriter::EndObject() {
  assert(!has_element_.empty());
  has_element_.pop_back();
  out_->push_back('}');
}
void JsonWriter::BeginArray() {
  Separate();
  out_->push_back('[');
  has_element_.push_back(false);
}
void JsonWriter::EndArray() {
  assert(!has_element_.empty());
  has_element_.pop_back();
  out_->push_back(']');
}
void JsonWriter::Key(std::string_view key) {
  Separate();
  out_->push_back('"');
  AppendJsonEscaped(key, out_);
  out_->append("\":");
  after_key_ = true;
}
void JsonWriter::String(std::string_view value) {
  Separate();
  out_->push_back('"');
  AppendJsonEscaped(value, out_);
  out_->push_back('"');
}
void JsonWriter::Int(int64_t value) {
  Separate();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  out_->append(buf, r.ptr);
}
void JsonWriter::Uint(uint64_t value) {
  Separate();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  out_->append(buf, r.ptr);
}
void JsonWriter::Double(double value) {
  if (!std::isfinite(value)) {
    Null();
    return;
  }
  if (value == std::floor(value) && std::fabs(value) < 9e15) {
    Int(static_cast<int64_t>(value));
    return;
  }
  Separate();
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 15);
  out_->append(buf, r.ptr);
}
void JsonWriter::Bool(bool value) {
  Separate();
  out_->append(value ? "true" : "false");
}
void JsonWriter::Null() {
  Separate();
  out_->append("null");
}
void JsonWriter::NullableField(std::string_view key, std::optional<int64_t> value) {
  Key(key);
  if (value) {
    Int(*value);
  } else {
    Null();
  }
}
void JsonWriter::NullableField(std::string_view key, std::optional<double> value) {
  Key(key);
  if (value) {
    Double(*value);
  } else {
    Null();
  }
}
void JsonWriter::NullableStringField(std::string_view key, std::string_view value) {
  Key(key);
  if (value.empty()) {
    Null();
  } else {
    String(value);
  }
}

}  // namespace dossier
