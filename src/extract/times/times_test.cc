// Table-driven tests of the time layer: each row is a sentence of our own,
// a document date, and the expressions (text, type, value) expected in order.
#include "dossier/times.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier {
namespace {

struct Expect {
  std::string text;
  std::string type;
  std::string value;
};

struct Case {
  std::string doc_date;
  std::string text;
  std::vector<Expect> want;
};

const TimeRecognizer& Rec() {
  static std::unique_ptr<TimeRecognizer> rec = [] {
    auto r = TimeRecognizer::Create({});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::move(*r);
  }();
  return *rec;
}

std::vector<TimeMention> RunTimes(const std::string& text, const std::string& date,
                                  std::vector<std::string>* warnings = nullptr) {
  std::vector<TimeMention> out;
  std::vector<std::string> w;
  std::vector<Sentence> sentences{{0, text.size()}};
  Rec().Recognize(text, sentences, ParseIsoDate(date), &out, warnings ? warnings : &w);
  return out;
}

std::string Dump(const std::string& text, const std::vector<TimeMention>& got) {
  std::string s;
  for (const TimeMention& m : got) {
    s += "[" + text.substr(m.start, m.end - m.start) + "|" + std::string(TimeTypeName(m.type)) +
         "|" + m.value + "|" + std::string(m.rule) + "] ";
  }
  return s;
}

void Check(const Case& c) {
  std::vector<TimeMention> got = RunTimes(c.text, c.doc_date);
  ASSERT_EQ(got.size(), c.want.size()) << c.text << "\n got: " << Dump(c.text, got);
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(c.text.substr(got[i].start, got[i].end - got[i].start), c.want[i].text) << c.text;
    EXPECT_EQ(std::string(TimeTypeName(got[i].type)), c.want[i].type) << c.text;
    EXPECT_EQ(got[i].value, c.want[i].value) << c.text << "\n got: " << Dump(c.text, got);
  }
}

TEST(TimesTest, AbsoluteDates) {
  const Case cases[] = {
      {"2026-02-26",
       "The siege ended on 26 February 1992 after a week.",
       {{"26 February 1992", "date", "1992-02-26"}, {"a week", "duration", "P1W"}}},
      {"2026-02-26",
       "It was signed on February 26, 1992, in the capital.",
       {{"February 26, 1992", "date", "1992-02-26"}}},
      {"2026-02-26", "Talks resumed Feb. 26, 1992.", {{"Feb. 26, 1992", "date", "1992-02-26"}}},
      {"2026-02-26",
       "The file is dated 26.02.1992 and 1992-02-27.",
       {{"26.02.1992", "date", "1992-02-26"}, {"1992-02-27", "date", "1992-02-27"}}},
      {"2026-02-26", "Stamped 26/02/1992 at the border.", {{"26/02/1992", "date", "1992-02-26"}}},
      {"2026-02-26",
       "The mayor has served since February 2009.",
       {{"February 2009", "date", "2009-02"}}},
      {"2026-02-26",
       "The town was rebuilt in 1993 and 1,993 people returned.",
       {{"1993", "date", "1993"}}},
      {"2026-02-26",
       "The region changed hands in the fall of 2020.",
       {{"the fall of 2020", "date", "2020-FA"}}},
      {"2026-02-26",
       "Prices rose in the early 1990s and the twentieth century ended.",
       {{"the early 1990s", "date", "199X"}, {"the twentieth century", "date", "19"}}},
      {"2026-02-26",
       "A ceasefire was agreed on Wednesday, August 8, 2025.",
       {{"Wednesday, August 8, 2025", "date", "2025-08-08"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimesTest, Ranges) {
  std::string text = "Fighting raged on the night of February 25\u201326, 1992, near the town.";
  std::vector<TimeMention> got = RunTimes(text, "2026-02-26");
  ASSERT_EQ(got.size(), 2u) << Dump(text, got);
  EXPECT_EQ(got[0].value, "1992-02-25TNI");
  EXPECT_EQ(got[1].value, "1992-02-26TNI");
  EXPECT_EQ(got[0].range, "1992-02-25TNI/1992-02-26TNI");
  EXPECT_EQ(got[0].range_other, 1u);
  EXPECT_EQ(got[1].range_other, 0u);

  const Case cases[] = {
      {"2026-02-26",
       "Shelling on 25-26 February killed dozens.",
       {{"25", "date", "2026-02-25"}, {"26 February", "date", "2026-02-26"}}},
      {"2026-02-26",
       "The offensive of September 19\u201320, 2023 was brief.",
       {{"September 19", "date", "2023-09-19"}, {"20, 2023", "date", "2023-09-20"}}},
      {"2026-02-26",
       "He led the unit from 1988 to 1994.",
       {{"1988", "date", "1988"}, {"1994", "date", "1994"}}},
      {"2025-09-01",
       "Harvests fail between May and July.",
       {{"May", "date", "2025-05"}, {"July", "date", "2025-07"}}},
  };
  for (const Case& c : cases) Check(c);
  std::vector<TimeMention> r = RunTimes("He led the unit from 1988 to 1994.", "2026-02-26");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].range, "1988/1994");
}

TEST(TimesTest, RelativeToDocumentDate) {
  const Case cases[] = {
      // 2026-02-26 is a Thursday.
      {"2026-02-26", "The minister spoke on Tuesday.", {{"Tuesday", "date", "2026-02-24"}}},
      {"2026-02-26", "The vote will be held on Tuesday.", {{"Tuesday", "date", "2026-03-03"}}},
      {"2026-02-26",
       "Crowds gathered yesterday and today.",
       {{"yesterday", "date", "2026-02-25"}, {"today", "date", "2026-02-26"}}},
      {"2026-02-26",
       "Sales fell last year and last September.",
       {{"last year", "date", "2025"}, {"last September", "date", "2025-09"}}},
      {"2026-02-26",
       "Envoys met this week, a week ago.",
       {{"this week", "date", "2026-W09"}, {"a week ago", "date", "2026-W08"}}},
      {"2026-02-26",
       "The town fell 34 years ago; eight years ago it was rebuilt.",
       {{"34 years ago", "date", "1992"}, {"eight years ago", "date", "2018"}}},
      {"2026-02-26",
       "Candles were lit one year ago tonight.",
       {{"one year ago tonight", "time", "2025-02-26TNI"}}},
      {"2026-02-26",
       "Rockets hit late on Saturday and again overnight.",
       {{"late on Saturday", "date", "2026-02-21"}, {"overnight", "time", "2026-02-25TNI"}}},
      {"2026-02-26",
       "Troops left in 1994. Three decades later they returned.",
       {{"1994", "date", "1994"}, {"Three decades later", "date", "2024"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimesTest, AnniversariesAndElapsedTime) {
  std::vector<TimeMention> a =
      RunTimes("Crowds marked the 34th anniversary of the massacre.", "2026-02-26");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].implied_event_date, "1992");
  std::vector<TimeMention> b =
      RunTimes("Thirty-four years have passed since the attack.", "2026-02-26");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].value, "P34Y");
  EXPECT_EQ(b[0].implied_event_date, "1992");
  std::vector<TimeMention> c = RunTimes("Now, 34 years on, survivors still wait.", "2026-02-26");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].implied_event_date, "1992");
  std::vector<TimeMention> d =
      RunTimes("They marked the thirty-fourth anniversary and the 34rd one.", "2026-02-26");
  ASSERT_GE(d.size(), 1u);
  EXPECT_EQ(d[0].implied_event_date, "1992");
  std::vector<TimeMention> e = RunTimes("The town fell 34 years ago.", "2026-02-26");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].implied_event_date, "1992");
}

TEST(TimesTest, DurationsAndSets) {
  const Case cases[] = {
      {"2026-02-26",
       "After the 44-day war came a two-hour massacre.",
       {{"44-day", "duration", "P44D"}, {"two-hour", "duration", "PT2H"}}},
      {"2026-02-26",
       "It took nearly three decades and within 90 days three days of mourning.",
       {{"nearly three decades", "duration", "P30Y"},
        {"90 days", "duration", "P90D"},
        {"three days", "duration", "P3D"}}},
      {"2026-02-26",
       "The rally is held every year, annually, each February 26.",
       {{"every year", "set", "P1Y"},
        {"annually", "set", "P1Y"},
        {"each February 26", "set", "XXXX-02-26"}}},
      {"2026-02-26",
       "Over the past two years prices doubled.",
       {{"the past two years", "duration", "P2Y"}}},
  };
  for (const Case& c : cases) Check(c);
}

TEST(TimesTest, NewsShapes) {
  const Case cases[] = {
      // 2024-03-10 is a Sunday.
      {"2024-03-10",
       "The strike ran from 3 to 5 March.",
       {{"3", "date", "2024-03-03"}, {"5 March", "date", "2024-03-05"}}},
      {"2024-03-10",
       "The quake hit at 4.17am and at 11:30 p.m. GMT.",
       {{"4.17am", "time", "2024-03-10T04:17"}, {"11:30 p.m. GMT", "time", "2024-03-10T23:30"}}},
      {"2024-03-10",
       "Shops shut over the weekend and will reopen by the end of the year.",
       {{"the weekend", "date", "2024-W10-WE"}, {"the end of the year", "date", "2024"}}},
      {"2024-03-10",
       "It took about a month, just six years ago.",
       {{"a month", "duration", "P1M"}, {"six years ago", "date", "2018"}}},
      {"2024-03-10",
       "Profits rose in the third-quarter and in the near future.",
       {{"third-quarter", "date", "2023-Q3"}, {"the near future", "date", "FUTURE_REF"}}},
      {"2024-03-10",
       "Talks began on 7 October 2023. The following day they stopped.",
       {{"7 October 2023", "date", "2023-10-07"}, {"The following day", "date", "2023-10-08"}}},
      {"2024-03-10",
       "The Daily Courier said prices began to fall in October.",
       {{"October", "date", "2023-10"}}},
      {"2024-03-10",
       "May we never forget. The march was on May 3.",
       {{"May 3", "date", "2024-05-03"}}},
      {"2024-03-10",
       "She recalled that January day in 2011.",
       {{"January", "date", "2011-01"}, {"2011", "date", "2011"}}},
  };
  for (const Case& c : cases) Check(c);
  std::vector<TimeMention> got = RunTimes("It took about a month.", "2024-03-10");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].mod, "approx");
}

TEST(TimesTest, NoDocumentDate) {
  std::vector<TimeMention> got = RunTimes("The town fell 34 years ago, on February 26.", "");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].value, "");
  EXPECT_EQ(got[0].null_reason, "no document date");
  EXPECT_EQ(got[1].value, "XXXX-02-26");
}

TEST(TimesTest, BadInput) {
  std::vector<std::string> warnings;
  std::vector<TimeMention> got = RunTimes(
      "It began on Tuesday, February 26, 1992, or February 30, 1992.", "2026-02-26", &warnings);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].value, "1992-02-26");
  EXPECT_EQ(got[1].value, "");
  EXPECT_EQ(got[1].null_reason, "impossible date");
  EXPECT_EQ(warnings.size(), 2u);
  // Month 13, absurd strings: no crash, no date.
  EXPECT_TRUE(RunTimes("Code 13/13/2020 and 2020-13-01.", "2026-02-26").empty());
  std::string junk(2000, '-');
  junk += "\xE2\x80\x93 1 2 3 the the of of ago ago 99999999999999999999th";
  RunTimes(junk, "2026-02-26");
}

TEST(TimesTest, JsonShape) {
  std::string text = "Shelling on 25-26 February killed dozens.";
  std::vector<TimeMention> got = RunTimes(text, "2026-02-26");
  std::string out;
  JsonWriter w(&out);
  WriteTimesJson(text, got, &w);
  EXPECT_NE(out.find("\"range\":\"2026-02-25/2026-02-26\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"range_other\":1"), std::string::npos) << out;
  EXPECT_NE(out.find("\"anchor\":\"document_date\""), std::string::npos) << out;
}

}  // namespace
}  // namespace dossier
