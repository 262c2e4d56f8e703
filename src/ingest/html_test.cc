#include <gtest/gtest.h>

#include "dossier/ingest.h"

namespace dossier {
namespace {

Document ReadOne(std::string_view html) {
  std::vector<Document> docs;
  IngestBuffer(
      "page.html", html, {}, [&](Document&& d) { docs.push_back(std::move(d)); },
      [](const Diagnostic&) {});
  return docs.empty() ? Document{} : docs[0];
}

constexpr char kPage[] = R"(<!doctype html><html><head>
<title>Dam breaks in Lorvik - Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2025-04-03T06:30:00Z">
<link rel="canonical" href="https://courier.example/dam">
<style>body{color:red}</style><script>var x = "not text";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<article>
<h1>Dam breaks in Lorvik</h1>
<div class="share-bar"><a href="#">Share</a> <a href="#">Print</a></div>
<p>The old earthen dam above Lorvik gave way before dawn on Thursday, sending a wall of water through the lower town and its market.</p>
<p>Rescue crews said at least nine people were missing by the afternoon, and about 300 residents spent the night in the school gym.</p>
<p>Officials promised an inquiry.</p>
<p>The regional water board said the dam had passed its last inspection in the spring of 2021 and had shown no sign of weakness since then.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Story one about something else entirely</a></li><li><a href="/b">Story two</a></li></ul></aside>
<footer>Copyright Valley Courier. All rights reserved. Contact us at the newsroom any time of day.</footer>
</body></html>)";

TEST(IngestHtml, KeepsArticleTextAndParagraphBreaks) {
  Document d = ReadOne(kPage);
  EXPECT_EQ(d.text.find("not text"), std::string::npos);
  EXPECT_EQ(d.text.find("cookies"), std::string::npos);
  EXPECT_EQ(d.text.find("Home"), std::string::npos);
  EXPECT_EQ(d.text.find("Most read"), std::string::npos);
  EXPECT_EQ(d.text.find("Copyright"), std::string::npos);
  EXPECT_EQ(d.text.find("Share"), std::string::npos);
  EXPECT_EQ(d.text.rfind("Dam breaks in Lorvik\n\nThe old earthen dam", 0), 0u) << d.text;
  EXPECT_NE(d.text.find("gym.\n\nOfficials promised an inquiry.\n\nThe regional"),
            std::string::npos)
      << d.text;
}

TEST(IngestHtml, ReadsMetadataFromTheHead) {
  Document d = ReadOne(kPage);
  EXPECT_EQ(d.source, "Valley Courier");
  EXPECT_EQ(d.title, "Dam breaks in Lorvik - Valley Courier");
  EXPECT_EQ(d.url, "https://courier.example/dam");
  EXPECT_EQ(d.date, "2025-04-03");
  EXPECT_EQ(d.date_origin, DateOrigin::kMetadata);
}

TEST(IngestHtml, TimeElementGivesTheDateWhenTheHeadHasNone) {
  Document d = ReadOne(
      "<html><body><article><time datetime=\"2024-11-02\">2 Nov</time><p>The "
      "quake struck the "
      "coastal province at noon and was felt as far away as the capital, "
      "officials said.</p>"
      "</article></body></html>");
  EXPECT_EQ(d.date, "2024-11-02");
}

}  // namespace
}  // namespace dossier
