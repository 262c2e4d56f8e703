// Tests of the Reconciler's other outputs: entities merged across reports,
// quotes, wording, bad offsets, the JSON shapes and the text tables.
#include "dossier/reconcile.h"

#include <gtest/gtest.h>

#include "reconcile/test_docs.h"

namespace dossier::reconcile {
namespace {

using testing::DocMaker;
using testing::Reconcile;

std::vector<DocMaker> TwoReports() {
  std::vector<DocMaker> docs;
  docs.emplace_back("one", "2036-09-01",
                    "Governor Talia Brennick visited the flooded valley. Brennick said: \"We will "
                    "rebuild every bridge before winter comes.\" The Red Crescent Society sent "
                    "tents. Northland militia units blocked the road, and the Harlow dam disaster "
                    "left thousands homeless.");
  docs.emplace_back("two", "2036-09-02",
                    "Talia Brennick promised to \"rebuild every bridge before winter comes\" as "
                    "Red Crescent Society volunteers arrived. Survivors of the Harlow dam "
                    "disaster blamed Northland militia units for the delays. The Harlow dam "
                    "disaster is the worst in decades.");
  docs[0].AddEntity("Talia Brennick", EntityType::kPerson);
  docs[0].AddEntity("Brennick", EntityType::kPerson, "Talia Brennick", 1);
  docs[0].AddEntity("Red Crescent Society", EntityType::kOrganization);
  docs[1].AddEntity("Talia Brennick", EntityType::kPerson);
  docs[1].AddEntity("Red Crescent Society", EntityType::kOrganization);
  docs[0].AddQuote("We will rebuild every bridge before winter comes.", "Talia Brennick");
  docs[1].AddQuote("rebuild every bridge before winter comes", "Talia Brennick");
  return docs;
}

TEST(Entities, MergedByCanonicalNameWithCountsPerReport) {
  std::vector<DocMaker> docs = TwoReports();
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.entities.size(), 2u);
  EXPECT_EQ(r.entities[0].name, "Talia Brennick");
  EXPECT_EQ(r.entities[0].type, "person");
  EXPECT_EQ(r.entities[0].mentions, 3);
  ASSERT_EQ(r.entities[0].per_source.size(), 2u);
  EXPECT_EQ(r.entities[0].per_source[0], (std::pair<std::string, int>{"one", 2}));
  EXPECT_EQ(r.entities[0].per_source[1], (std::pair<std::string, int>{"two", 1}));
  EXPECT_EQ(r.entities[0].evidence.size(), 2u);
}

TEST(Entities, LoneSurnameJoinsTheOneFullName) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "", "Marek Olsztyn spoke first.");
  docs.emplace_back("b", "", "Olsztyn spoke again later.");
  docs[0].AddEntity("Marek Olsztyn", EntityType::kPerson);
  docs[1].AddEntity("Olsztyn", EntityType::kPerson);
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.entities.size(), 1u);
  EXPECT_EQ(r.entities[0].per_source.size(), 2u);
}

TEST(Quotes, NearIdenticalQuoteIsOneEntryWithTwoSources) {
  std::vector<DocMaker> docs = TwoReports();
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].speaker, "Talia Brennick");
  EXPECT_EQ(r.quotes[0].sources, (std::vector<std::string>{"one", "two"}));
  EXPECT_EQ(r.quotes[0].evidence.size(), 2u);
  EXPECT_EQ(r.quotes[0].kind, "direct");
}

TEST(Quotes, DifferentQuotesStayApart) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "", "\"The water came at night,\" a farmer said.");
  docs.emplace_back("b", "", "\"We lost our cattle and our seed,\" a farmer said.");
  docs[0].AddQuote("The water came at night,", "a farmer");
  docs[1].AddQuote("We lost our cattle and our seed,", "a farmer");
  Reconciliation r = Reconcile(docs);
  EXPECT_EQ(r.quotes.size(), 2u);
}

const WordingTerm* FindTerm(const Reconciliation& r, std::string_view phrase) {
  for (const WordingTerm& t : r.wording) {
    if (t.phrase == phrase) return &t;
  }
  return nullptr;
}

TEST(Wording, EventPartyAndNamePhrasesCountedPerReport) {
  std::vector<DocMaker> docs = TwoReports();
  Reconciliation r = Reconcile(docs);
  const WordingTerm* event = FindTerm(r, "Harlow dam disaster");
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(event->kind, "event");
  EXPECT_EQ(event->total, 3);
  ASSERT_EQ(event->per_source.size(), 2u);
  EXPECT_EQ(event->per_source[1], (std::pair<std::string, int>{"two", 2}));
  const WordingTerm* party = FindTerm(r, "Northland militia units");
  ASSERT_NE(party, nullptr);
  EXPECT_EQ(party->kind, "party");
  const WordingTerm* name = FindTerm(r, "Red Crescent Society");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->kind, "name");
  EXPECT_EQ(FindTerm(r, "The Harlow"), nullptr);
}

TEST(Reconciler, OffsetsOutsideTheTextAreRejected) {
  auto rec = Reconciler::Create({});
  ASSERT_TRUE(rec.ok());
  DocMaker m("bad", "", "Short text.");
  m.AddClaim("Short", "killed", "people", 3).end = 999;
  Status s = (*rec)->Add(m.doc());
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ((*rec)->document_count(), 0u);
}

TEST(Reconciler, BadOptionsAreAnError) {
  ReconcileOptions o;
  o.duplicate_threshold = 0;
  EXPECT_FALSE(Reconciler::Create(o).ok());
}

TEST(Reconciler, JsonAndTextOutputs) {
  std::vector<DocMaker> docs = TwoReports();
  docs[0].AddClaim("thousands homeless", "displaced", "people", 1000);
  docs[0].AddTime("winter", "2036-WI");
  Reconciliation r = Reconcile(docs);
  std::string json;
  JsonWriter w(&json);
  WriteFiguresJson(r, &w);
  EXPECT_EQ(json.rfind("[{\"category\":\"displaced\",\"group\":\"people\",\"parent\":null,"
                       "\"status\":\"single_source\",\"low\":1000,\"best\":1000,\"high\":1000,"
                       "\"best_rule\":\"most_independent_groups\",\"values\":[{\"value\":1000,"
                       "\"value_high\":null,\"qualifier\":\"exact\",\"documents\":[\"one\"],"
                       "\"independent_groups\":1,\"first_date\":\"2036-09-01\",",
                       0),
            0u)
      << json;
  for (auto* write : {&WriteSourcesJson, &WriteTimelineJson, &WriteEntityRowsJson,
                      &WriteQuoteRowsJson, &WriteWordingJson}) {
    std::string out;
    JsonWriter jw(&out);
    write(r, &jw);
    EXPECT_EQ(out.front(), '[');
    EXPECT_EQ(out.back(), ']');
  }
  EXPECT_NE(SourcesText(r).find("2 documents, 2 independent source groups"), std::string::npos);
  EXPECT_NE(FiguresText(r).find("displaced/people"), std::string::npos);
  EXPECT_NE(TimelineText(r).find("2036"), std::string::npos);
  EXPECT_NE(EntitiesText(r).find("Talia Brennick"), std::string::npos);
  EXPECT_NE(QuotesText(r).find("rebuild every bridge"), std::string::npos);
  EXPECT_NE(WordingText(r).find("Harlow dam disaster"), std::string::npos);
}

}  // namespace
}  // namespace dossier::reconcile
