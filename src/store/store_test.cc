#include "dossier/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

namespace dossier {
namespace {

namespace fs = std::filesystem;

fs::path TempDb(const char* name) {
  fs::path p = fs::temp_directory_path() / name;
  fs::remove(p);
  fs::remove(p.string() + "-wal");
  fs::remove(p.string() + "-shm");
  return p;
}

AnalyzedDocument Sample(const std::string& id, const std::string& text) {
  AnalyzedDocument ad;
  ad.document.id = id;
  ad.document.text = text;
  ad.document.date = "2025-04-03";
  ad.document.date_origin = DateOrigin::kMetadata;
  ad.document.metadata = {{"author", "N. \"Okafor\""}};
  ad.document.warnings = {"1 invalid UTF-8 byte replaced"};
  Analysis& a = ad.analysis;
  a.sentences = {{0, text.size()}};
  NumberMention n;
  n.start = 0;
  n.end = 2;
  n.value = 12;
  n.kind = NumberKind::kCardinal;
  n.qualifier = Qualifier::kAtLeast;
  n.rule = "digits";
  n.value_end = 2;
  a.numbers.push_back(n);
  TimeMention t;
  t.start = 3;
  t.end = 8;
  t.value = "2025-04-01";
  t.anchor = TimeAnchor::kDocumentDate;
  t.rule = "weekday";
  a.times.push_back(t);
  EntityMention e;
  e.start = 9;
  e.end = 13;
  e.type = EntityType::kPlace;
  e.canonical = "Lorvik";
  e.rule = "gazetteer";
  a.entities.push_back(e);
  Quote q;
  q.start = 1;
  q.end = 4;
  q.speaker = "Mira Halden";
  q.kind = QuoteKind::kPartial;
  q.rule = "partial";
  a.quotes.push_back(q);
  Claim c;
  c.category = "killed";
  c.group = "people";
  c.group_class = "people";
  c.value = 12;
  c.qualifier = Qualifier::kAtLeast;
  c.number = 0;
  c.time = 0;
  c.end = 10;
  c.rule = "passive";
  a.claims.push_back(c);
  return ad;
}

TEST(Store, RoundTripsEveryLayerAndAddsNothingTwice) {
  fs::path db = TempDb("dossier_store_test.db");
  {
    auto store = Store::Open(db.string(), true);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    AnalyzedDocument a = Sample("a", "12 on Tuesday in Lorvik were killed.");
    AnalyzedDocument b = Sample("a", "Other text with the same id.");
    ASSERT_TRUE((*store)->BeginBatch().ok());
    bool added = false;
    ASSERT_TRUE((*store)->Add(a.document, a.analysis, &added).ok());
    EXPECT_TRUE(added);
    ASSERT_TRUE((*store)->Add(a.document, a.analysis, &added).ok());
    EXPECT_FALSE(added);
    ASSERT_TRUE((*store)->Add(b.document, b.analysis, &added).ok());
    EXPECT_TRUE(added);
    ASSERT_TRUE((*store)->CommitBatch().ok());
  }
  auto store = Store::Open(db.string(), false);
  ASSERT_TRUE(store.ok());
  auto counts = (*store)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 2);
  EXPECT_EQ(counts->claims, 2);
  std::vector<AnalyzedDocument> got;
  ASSERT_TRUE((*store)
                  ->ForEach([&](const AnalyzedDocument& d) {
                    got.push_back(d);
                    return Status::Ok();
                  })
                  .ok());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].document.id, "a");
  EXPECT_EQ(got[1].document.id, "a#2");
  const Analysis& a = got[0].analysis;
  EXPECT_EQ(got[0].document.metadata[0].second, "N. \"Okafor\"");
  EXPECT_EQ(got[0].document.warnings.size(), 1u);
  ASSERT_EQ(a.numbers.size(), 1u);
  EXPECT_EQ(a.numbers[0].qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(a.numbers[0].rule, "digits");
  ASSERT_EQ(a.times.size(), 1u);
  EXPECT_EQ(a.times[0].anchor, TimeAnchor::kDocumentDate);
  EXPECT_EQ(a.entities[0].type, EntityType::kPlace);
  EXPECT_EQ(a.quotes[0].kind, QuoteKind::kPartial);
  ASSERT_EQ(a.claims.size(), 1u);
  EXPECT_EQ(a.claims[0].category, "killed");
  EXPECT_EQ(a.claims[0].number, std::optional<size_t>(0));
  EXPECT_FALSE(a.claims[0].parent.has_value());
}

TEST(Store, RejectsFilesThatAreNotDossierDatabases) {
  fs::path p = TempDb("dossier_store_not_db.db");
  std::ofstream(p) << "this is not sqlite";
  auto store = Store::Open(p.string(), false);
  EXPECT_FALSE(store.ok());
  EXPECT_FALSE(
      Store::Open((fs::temp_directory_path() / "no_such_dossier.db").string(), false).ok());
}

TEST(Store, RejectsAGarbledSchemaVersionWithAMessage) {
  fs::path p = TempDb("dossier_store_bad_version.db");
  ASSERT_TRUE(Store::Open(p.string(), true).ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(p.string().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE meta SET value='v2x' WHERE key='schema_version'", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto store = Store::Open(p.string(), false);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("bad schema version 'v2x'"), std::string::npos)
      << store.status().message();
}

}  // namespace
}  // namespace dossier
