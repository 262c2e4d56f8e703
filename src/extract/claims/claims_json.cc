// Writes claims as the "claims" JSON array of `dossier extract`, in a fixed
// key order (see docs/formats/claims.md). Empty strings and absent indices
// are written as null.
#include "dossier/claims.h"

namespace dossier {
namespace {

void NullableIndex(JsonWriter* w, std::string_view key, const std::optional<size_t>& v) {
  w->Key(key);
  if (v) {
    w->Uint(*v);
  } else {
    w->Null();
  }
}

}  // namespace

void WriteClaimsJson(std::string_view text, const std::vector<Claim>& claims, JsonWriter* w) {
  w->BeginArray();
  for (const Claim& c : claims) {
    w->BeginObject();
    w->Field("category", c.category);
    w->Field("group", c.group);
    w->NullableStringField("group_class", c.group_class);
    w->NullableStringField("modifier", c.modifier);
    w->Field("value", c.value);
    w->NullableField("value_high", c.value_high);
    w->Field("qualifier", QualifierName(c.qualifier));
    w->NullableStringField("unit", c.unit);
    NullableIndex(w, "parent", c.parent);
    w->NullableStringField("attributed_to", c.attributed_to);
    NullableIndex(w, "time", c.time);
    NullableIndex(w, "number", c.number);
    w->Key("sentence");
    w->Uint(c.sentence);
    w->Key("start");
    w->Uint(c.start);
    w->Key("end");
    w->Uint(c.end);
    std::string_view span;
    if (c.start <= c.end && c.end <= text.size()) span = text.substr(c.start, c.end - c.start);
    w->Field("text", span);
    w->NullableStringField("modality", c.modality);
    w->Field("rule", c.rule);
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace dossier
