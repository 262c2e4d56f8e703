#include "dossier/ingest.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>

#include "ingest/internal.h"

namespace dossier {
namespace {

struct IngestRun {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  IngestStats stats;
};

IngestRun FromBuffer(std::string_view name, std::string_view content, IngestOptions opt = {}) {
  IngestRun r;
  r.stats = IngestBuffer(
      name, content, opt, [&](Document&& d) { r.docs.push_back(std::move(d)); },
      [&](const Diagnostic& d) { r.diags.push_back(d); });
  return r;
}

TEST(IngestText, FrontMatterFillsMetadata) {
  IngestRun r = FromBuffer("a.txt",
                           "---\ntitle: River floods town\nsource: Valley Courier\ndate: "
                           "2025-04-03\n"
                           "id: vc-1\nauthor: N. Okafor\n---\nThe river rose overnight.\n");
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "vc-1");
  EXPECT_EQ(d.title, "River floods town");
  EXPECT_EQ(d.source, "Valley Courier");
  EXPECT_EQ(d.date, "2025-04-03");
  EXPECT_EQ(d.date_origin, DateOrigin::kMetadata);
  EXPECT_EQ(d.text, "The river rose overnight.");
  ASSERT_EQ(d.metadata.size(), 1u);
  EXPECT_EQ(d.metadata[0].first, "author");
}

TEST(IngestText, DateMarkerWithWidgetResidueIsDropped) {
  IngestRun r = FromBuffer("story.txt",
                           " date 2025-04-03 + \xE2\x86\xBA \xE2\x88\x92 16 "
                           "px\n\nThe river rose.\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date, "2025-04-03");
  EXPECT_EQ(r.docs[0].date_origin, DateOrigin::kDetected);
  EXPECT_EQ(r.docs[0].text, "The river rose.");
  EXPECT_EQ(r.docs[0].id, "story");
}

TEST(IngestText, DateMarkerBeforeFirstSentenceKeepsTheSentenceWhole) {
  IngestRun r =
      FromBuffer("s.txt", " date 2025-04-03 12 years ago, on a cold night, the dam broke.\nMore.");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date, "2025-04-03");
  EXPECT_EQ(r.docs[0].text, "12 years ago, on a cold night, the dam broke.\nMore.");
}

TEST(IngestText, LabelledWrittenDate) {
  IngestRun r = FromBuffer("s.txt", "Published: March 4, 2024\nThe bridge fell.");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date, "2024-03-04");
  EXPECT_EQ(r.docs[0].text, "The bridge fell.");
}

TEST(IngestText, ProseDateIsNotAMarker) {
  IngestRun r = FromBuffer("s.txt", "On March 4, 2024, the bridge fell.");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date, "");
  EXPECT_EQ(r.docs[0].date_origin, DateOrigin::kNone);
}

TEST(IngestText, FurnitureLinesAreDropped) {
  IngestRun r = FromBuffer("s.txt",
                           "The bridge fell on Monday.\nShare this article\nPrint\n"
                           "Subheads stay in place\nCrews worked all night.\n\n\nLeave a Reply\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text,
            "The bridge fell on Monday.\nSubheads stay in place\nCrews worked "
            "all night.");
}

TEST(IngestText, CliDateAppliesOnlyWithoutOwnDate) {
  IngestOptions opt;
  opt.default_date = "2020-01-01";
  IngestRun r = FromBuffer("s.txt", "No date here.", opt);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date, "2020-01-01");
  EXPECT_EQ(r.docs[0].date_origin, DateOrigin::kCli);
}

TEST(IngestText, InvalidUtf8IsRepairedAndCounted) {
  IngestRun r = FromBuffer("s.txt", std::string_view("Caf\xE9 opens.", 11));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Caf\xEF\xBF\xBD opens.");
  ASSERT_EQ(r.docs[0].warnings.size(), 1u);
  EXPECT_NE(r.docs[0].warnings[0].find("1 invalid UTF-8 byte"), std::string::npos);
}

TEST(IngestText, TextIsNfcNormalised) {
  IngestRun r = FromBuffer("s.txt", "Cafe\xCC\x81 opens.");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Caf\xC3\xA9 opens.");
}

TEST(IngestText, EmptyAndBinaryAreReportedNotStored) {
  IngestRun empty = FromBuffer("e.txt", "  \n\n ");
  EXPECT_TRUE(empty.docs.empty());
  ASSERT_EQ(empty.diags.size(), 1u);
  EXPECT_EQ(empty.diags[0].severity, Diagnostic::Severity::kSkipped);
  EXPECT_NE(empty.diags[0].message.find("empty"), std::string::npos);
  IngestRun bin = FromBuffer("b.txt", std::string_view("\x7f"
                                                       "ELF\0\0\x01",
                                                       7));
  EXPECT_TRUE(bin.docs.empty());
  ASSERT_EQ(bin.diags.size(), 1u);
  EXPECT_NE(bin.diags[0].message.find("binary"), std::string::npos);
}

TEST(IngestMarkdown, StripsMarkup) {
  IngestRun r =
      FromBuffer("m.md", "# Flood **warning**\n\n- See [the map](http://x.example/m) now\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Flood warning\n\nSee the map now");
}

TEST(IngestJsonl, BadLinesAreReportedWithLineNumbersAndTheRestGoesOn) {
  IngestRun r = FromBuffer("feed.jsonl",
                           "{\"id\":\"a\",\"text\":\"First "
                           "report.\",\"date\":\"2024-05-01\",\"lang\":\"en\"}\n"
                           "{not json}\n"
                           "\n"
                           "{\"id\":\"c\",\"title\":\"no text\"}\n"
                           "{\"text\":\"Third report.\",\"source\":\"Wire\",\"n\":3}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[0].date, "2024-05-01");
  ASSERT_EQ(r.docs[0].metadata.size(), 1u);
  EXPECT_EQ(r.docs[0].metadata[0].second, "en");
  EXPECT_EQ(r.docs[1].id, "feed-5");
  EXPECT_EQ(r.docs[1].metadata[0].second, "3");
  ASSERT_EQ(r.diags.size(), 2u);
  EXPECT_EQ(r.diags[0].location, "feed.jsonl:2");
  EXPECT_EQ(r.diags[1].location, "feed.jsonl:4");
  EXPECT_EQ(r.stats.skipped, 2u);
}

TEST(IngestFiles, DirectoriesAreReadRecursivelyInOrderAndGzipStreams) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "dossier_ingest_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "b.txt") << "Second.";
  std::ofstream(dir / "a.txt") << "First.";
  std::ofstream(dir / "sub" / "c.md") << "Third.";
  gzFile g = gzopen((dir / "sub" / "d.jsonl.gz").c_str(), "wb");
  std::string line = "{\"id\":\"g1\",\"text\":\"Gzipped.\"}\n";
  gzwrite(g, line.data(), static_cast<unsigned>(line.size()));
  gzclose(g);
  std::vector<std::string> ids;
  std::vector<Diagnostic> diags;
  Ingest(
      {dir.string(), (dir / "missing.txt").string()}, {},
      [&](Document&& d) { ids.push_back(d.id); }, [&](const Diagnostic& d) { diags.push_back(d); });
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c", "g1"}));
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].location.find("missing.txt"), std::string::npos);
  fs::remove_all(dir);
}

TEST(IngestFiles, ZstdJsonLinesStream) {
  namespace fs = std::filesystem;
  fs::path path = fs::temp_directory_path() / "dossier_ingest_test.jsonl.zst";
  std::string plain;
  for (int i = 0; i < 2000; ++i) {
    plain += "{\"id\":\"z" + std::to_string(i) + "\",\"text\":\"Record number " +
             std::to_string(i) + ".\"}\n";
  }
  std::string packed(ZSTD_compressBound(plain.size()), '\0');
  packed.resize(ZSTD_compress(packed.data(), packed.size(), plain.data(), plain.size(), 3));
  std::ofstream(path, std::ios::binary) << packed;
  size_t n = 0;
  std::string last;
  IngestStats stats = Ingest(
      {path.string()}, {},
      [&](Document&& d) {
        ++n;
        last = d.id;
      },
      [](const Diagnostic&) {});
  EXPECT_EQ(n, 2000u);
  EXPECT_EQ(last, "z1999");
  EXPECT_EQ(stats.bytes, plain.size());
  fs::remove(path);
}

TEST(LooseDate, ReadsCommonMetadataForms) {
  EXPECT_EQ(FormatIsoDate(ingest::ParseLooseDate("2026-02-25T08:00:00+04:00")), "2026-02-25");
  EXPECT_EQ(FormatIsoDate(ingest::ParseLooseDate("Wed, 25 Feb 2026 08:00:00 GMT")), "2026-02-25");
  EXPECT_EQ(FormatIsoDate(ingest::ParseLooseDate("February 25, 2026")), "2026-02-25");
  EXPECT_EQ(FormatIsoDate(ingest::ParseLooseDate("25.02.2026")), "2026-02-25");
  EXPECT_FALSE(ingest::ParseLooseDate("next week").valid());
}

}  // namespace
}  // namespace dossier
