#include "dossier/json.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(JsonWriter, WritesNestedContainersWithCommas) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Field("id", "a\"b");
  w.Key("list");
  w.BeginArray();
  w.Int(1);
  w.Double(2.5);
  w.Double(613.0);
  w.Null();
  w.EndArray();
  w.Field("ok", true);
  w.EndObject();
  EXPECT_EQ(out, R"({"id":"a\"b","list":[1,2.5,613,null],"ok":true})");
}

TEST(JsonWriter, EscapesControlsAndRepairsInvalidUtf8) {
  std::string out;
  AppendJsonEscaped(std::string_view("a\n\x01\xff"
                                     "b",
                                     5),
                    &out);
  EXPECT_EQ(out,
            "a\\n\\u0001\xEF\xBF\xBD"
            "b");
}

}  // namespace
}  // namespace dossier
