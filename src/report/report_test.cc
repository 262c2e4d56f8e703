// Tests of the HTML dossier: self-contained (no external references),
// every in-page link resolves, text is escaped, spans are marked, figure
// rows carry their status.
#include "dossier/report.h"

#include <gtest/gtest.h>

#include <set>

#include "reconcile/test_docs.h"

namespace dossier {
namespace {

using reconcile::testing::DocMaker;

Reconciliation Sample() {
  std::vector<DocMaker> docs;
  docs.emplace_back("north", "2037-04-02",
                    "Officials said 120 villagers were killed in the Ardent valley attack. "
                    "A teacher wrote <script>alert('x')</script> & fled.",
                    "Northern Herald");
  docs.emplace_back("south", "2037-04-03",
                    "The Ardent valley attack left 120 dead and 35 houses burned. Governor Imre "
                    "Saska said: \"We will count every name.\"",
                    "South Wire");
  docs.emplace_back("east", "", "Some 35 people were abducted in the raid, relatives said.");
  docs[0].AddClaim("120 villagers were killed", "killed", "people", 120);
  docs[0].AddTime("2037", "2037-04-01");
  docs[0].AddEntity("A teacher wrote <script>", EntityType::kPerson, "T <b>");
  docs[1].AddClaim("120 dead", "killed", "people", 120);
  docs[1].AddClaim("35 houses burned", "destroyed", "houses", 35);
  docs[1].AddEntity("Imre Saska", EntityType::kPerson);
  docs[1].AddQuote("We will count every name.", "Imre Saska");
  docs[2].AddClaim("35 people were abducted", "captured", "people", 35);
  docs.emplace_back("west", "", "Police counted 40 people abducted from two farms.");
  docs[3].AddClaim("40 people abducted", "captured", "people", 40);
  return reconcile::testing::Reconcile(docs);
}

std::string Html() {
  std::string html;
  ReportOptions o;
  o.title = "Ardent <valley>";
  WriteHtmlReport(Sample(), o, &html);
  return html;
}

size_t Count(const std::string& s, std::string_view what) {
  size_t n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

TEST(HtmlReport, IsOneSelfContainedDocument) {
  std::string html = Html();
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("name=\"viewport\""), std::string::npos);
  for (std::string_view banned :
       {"http:", "https:", "src=", "<link", "@import", "url(", "<script"}) {
    EXPECT_EQ(html.find(banned), std::string::npos) << banned;
  }
  EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
}

TEST(HtmlReport, EveryInPageLinkResolves) {
  std::string html = Html();
  std::set<std::string> ids;
  for (size_t p = html.find(" id=\""); p != std::string::npos; p = html.find(" id=\"", p + 1)) {
    size_t q = html.find('"', p + 5);
    ids.insert(html.substr(p + 5, q - p - 5));
  }
  size_t links = 0;
  for (size_t p = html.find("href=\"#"); p != std::string::npos; p = html.find("href=\"#", p + 1)) {
    size_t q = html.find('"', p + 7);
    std::string target = html.substr(p + 7, q - p - 7);
    EXPECT_TRUE(ids.count(target)) << target;
    ++links;
  }
  EXPECT_GT(links, 10u);
  EXPECT_GT(Count(html, "class=\"evidence\""), 4u);
}

TEST(HtmlReport, EscapesTextAndMarksSpans) {
  std::string html = Html();
  EXPECT_NE(html.find("<title>Ardent &lt;valley&gt;</title>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; fled"),
            std::string::npos);
  EXPECT_NE(html.find("T &lt;b&gt;"), std::string::npos);
  EXPECT_NE(html.find("<mark>120 villagers were killed</mark>"), std::string::npos);
}

TEST(HtmlReport, FigureRowsCarryStatusAndNotes) {
  std::string html = Html();
  EXPECT_EQ(Count(html, "<tr id=\"fig-"), 3u);
  EXPECT_NE(html.find("id=\"fig-killed-people\" class=\"figure\" data-status=\"agreed\""),
            std::string::npos);
  EXPECT_NE(html.find("class=\"figure conflict conflated\" data-status=\"conflict\""),
            std::string::npos);
  EXPECT_NE(html.find("id=\"conflations\""), std::string::npos);
  EXPECT_NE(html.find("We will count every name."), std::string::npos);
}

TEST(HtmlReport, EmptyReconciliationStillRenders) {
  std::string html;
  WriteHtmlReport(Reconciliation{}, ReportOptions{}, &html);
  EXPECT_NE(html.find("No figures were found"), std::string::npos);
  EXPECT_EQ(html.substr(html.size() - 8), "</html>\n");
}

TEST(AppendHtmlEscaped, AllFiveCharacters) {
  std::string out;
  AppendHtmlEscaped("<a href=\"x\">'&'</a>", &out);
  EXPECT_EQ(out, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

}  // namespace
}  // namespace dossier
