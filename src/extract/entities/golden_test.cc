// Golden-file test of the entity layer: every tests/golden/entities/<case>.txt
// is split into sentences with SplitSentences and compared with
// <case>.expected.jsonl, one JSON object per entity mention (the fields of
// WriteEntitiesJson). DOSSIER_UPDATE_GOLDEN=1 rewrites the expected files.
#include "tests/testing/golden.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/json.h"
#include "dossier/text.h"

namespace dossier {
namespace {

TEST(EntitiesGoldenTest, Cases) {
  auto ner = EntityRecognizer::Create({});
  ASSERT_TRUE(ner.ok());
  testing::CheckGoldenCases("entities", [&](const std::string& text) {
    std::vector<EntityMention> entities;
    (*ner)->Recognize(text, SplitSentences(text), &entities);
    return testing::JsonLinePerItem(entities,
                                    [&](const std::vector<EntityMention>& one, JsonWriter* w) {
                                      WriteEntitiesJson(text, one, w);
                                    });
  });
}

}  // namespace
}  // namespace dossier
