// Tests for quote mark pairing: mark styles, apostrophes, paragraphs and
// unbalanced marks.
#include "extract/quotes/marks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::quotes {
namespace {

#define LDQ "\u201C"
#define RDQ "\u201D"
#define LSQ "\u2018"
#define RSQ "\u2019"

std::vector<std::string> Quoted(const std::string& text, std::vector<std::string>* warnings) {
  std::vector<QuoteSpan> spans;
  FindQuoteSpans(text, &spans, warnings);
  std::vector<std::string> out;
  for (const QuoteSpan& s : spans) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> quoted;
  size_t warnings;
};

TEST(QuoteMarks, Table) {
  const Case cases[] = {
      {LDQ "We will rebuild," RDQ " she said.", {"We will rebuild"}, 0},
      {"He said \"no more delays.\" Then he left.", {"no more delays."}, 0},
      {"The mayor called it " LSQ "a disgrace" RSQ ".", {"a disgrace"}, 0},
      {"Officials said 'we are ready' on Monday.", {"we are ready"}, 0},
      {"\u00ABNous resterons\u00BB, a-t-il dit.", {"Nous resterons"}, 0},
      {"Sie sagte: \u201EWir bleiben hier.\u201C", {"Wir bleiben hier."}, 0},
      // Apostrophes inside words and after a plural are not quote marks.
      {"Russia" RSQ "s army and the 1990s" RSQ " wars, don't worry.", {}, 0},
      {"The crew" RSQ "s captain said " LDQ "the victims" RSQ " families waited" RDQ ".",
       {"the victims" RSQ " families waited"},
       0},
      {"It's the villagers' view that 'it won't last' here.", {"it won't last"}, 0},
      // Single quotes inside double quotes belong to the outer quote.
      {LDQ "He told us " LSQ "stay inside" RSQ " and we did," RDQ " she said.",
       {"He told us " LSQ "stay inside" RSQ " and we did"},
       0},
      // A quote over two paragraphs: an opening mark on each, one closing mark.
      {LDQ "First part of it.\n\n" LDQ "Second part." RDQ " she said.",
       {"First part of it.\n\n" LDQ "Second part."},
       0},
      // Unbalanced: a sane span to the paragraph end, and a warning.
      {"He said " LDQ "this never ends.\n\nNext paragraph here.", {"this never ends."}, 1},
      {"A stray closing mark" RDQ " here.", {}, 1},
      // Attribute values in markup left in the text are no quotes.
      {"See <a href=\"http://news.example/a\">the video</a> and \"we are ready\" she said.",
       {"we are ready"},
       0},
      {"<post pic=\"\" author=\"jo\" date=\"May 1,\n2016\">Vote early</post>", {}, 0},
      // Left-out letters and digits typed with an opening single mark.
      {"Rock " LSQ "n" RSQ " roll in the " LSQ "80s, and " LSQ "bout time," RSQ " she said.",
       {},
       0},
      {"Back in '16 they said 'we will win' loudly.", {"we will win"}, 0},
      // A right single mark typed to close a double quote; a nested
      // single quote still closes only itself.
      {LDQ "We are ready." RSQ " She left, and he said " LDQ "fine" RDQ ".",
       {"We are ready.", "fine"},
       0},
      {LDQ "She told me, " LSQ "Stay here." RSQ " So I did," RDQ " he said.",
       {"She told me, " LSQ "Stay here." RSQ " So I did"},
       0},
      // Two single marks typed for one double mark.
      {"He put a " LDQ "question" RSQ RSQ " to her, and she said " LDQ "no" RDQ ".",
       {"question", "no"},
       0},
      // Straight marks of a quote whose paragraph breaks were lost: each
      // paragraph opens with a mark, only the last one closes.
      {"She said: \"We are ready. \"The road is open.\" Then she left.",
       {"We are ready.", "The road is open."},
       0},
      {"\"We won. \"We will win again. \"It is a dream,\" he said.",
       {"We won.", "We will win again.", "It is a dream"},
       0},
      // The typewriter convention: `` opens, '' closes, also over paragraphs.
      {"``We will rebuild,'' she said.", {"We will rebuild"}, 0},
      {"``First part of it.\n\n``Second part,'' she said.",
       {"First part of it.\n\n``Second part"},
       0},
      {"He called it ``a disgrace.'' The ``plan'' stays.", {"a disgrace.", "plan"}, 0},
      // Tokenized text, one sentence a line: the quote carries on to its ''.
      {"Kim said `` We are ready .\nThe road is open . '' on Monday .",
       {"We are ready .\nThe road is open ."},
       0},
      {"`` It is over , '' she said .\nLater `` we left . ''", {"It is over", "we left ."}, 0},
      // Apostrophes after a plural and '' with no `` before it close nothing.
      {"``The workers' union will strike,'' he said of the pilots' pay.",
       {"The workers' union will strike"},
       0},
      {"``We won,'' he said. A stray '' here, and the teams' '' fans.", {"We won"}, 2},
      // A `` left open at a paragraph end whose next `` opens a new quote.
      {"``We are ready.\n\nThe mayor said ``fine.''", {"We are ready.", "fine."}, 1},
      // A straight mark with a space on each side opens when the next one
      // on its line closes (tokenized text; a space typed after the mark).
      {"Kim said \" We are ready . \" on Monday .", {"We are ready ."}, 0},
      {"Sales will be \" slightly above\" last year.", {"slightly above"}, 0},
      {"A great year. \" Kim said: \"We won.\"", {"We won."}, 1},
      {"Kim said \" We are ready .\nThe road is open . \" on Monday .",
       {"We are ready .\nThe road is open ."},
       0},
      {"The end. \"\n\n\"We won,\" Kim said.", {"We won"}, 1},
      // A double quote nested in a double quote of the same marks, or in
      // straight marks; an opening mark whose quote closes before the line
      // ends is a new quote after one that was never closed.
      {LDQ "Reyes called it " LDQ "a farce" RDQ " and left," RDQ " she said.",
       {"Reyes called it " LDQ "a farce" RDQ " and left"},
       0},
      {"\"Nobody spoke of " LDQ "fair play" RDQ " that day,\" he said.",
       {"Nobody spoke of " LDQ "fair play" RDQ " that day"},
       0},
      {LDQ "It never ends. Then he said " LDQ "no" RDQ ".",
       {"It never ends. Then he said", "no"},
       1},
      // A transcript in marks: each paragraph is a quote without its
      // speaker label; a stage direction is none.
      {"Excerpts follow:\n\n\"HOST: Will you run again?\n\n\"(LAUGHTER.)\n\n\"MAYOR OKAFOR: "
       "No. Not this year.\n\n\"The city needs a rest.\"",
       {"Will you run again?", "No. Not this year.", "The city needs a rest."},
       0},
      {"", {}, 0},
  };
  for (const Case& c : cases) {
    std::vector<std::string> warnings;
    EXPECT_EQ(Quoted(c.text, &warnings), c.quoted) << c.text;
    EXPECT_EQ(warnings.size(), c.warnings) << c.text;
  }
}

TEST(QuoteMarks, TranscriptLabelsAreKept) {
  const std::string text = "\"HOST: Why?\n\n\"LEE: Because.\n\n\"It rained.\"";
  std::vector<QuoteSpan> spans;
  FindQuoteSpans(text, &spans, nullptr);
  ASSERT_EQ(spans.size(), 3u);
  auto label = [&](const QuoteSpan& q) {
    return text.substr(q.label_start, q.label_end - q.label_start);
  };
  EXPECT_EQ(label(spans[0]), "HOST");
  EXPECT_EQ(label(spans[1]), "LEE");
  EXPECT_EQ(label(spans[2]), "LEE");  // the turn carries on
}

TEST(QuoteMarks, WrappedLineStaysInQuote) {
  std::vector<std::string> warnings;
  EXPECT_EQ(Quoted("He said " LDQ "the bridge will\nreopen soon," RDQ " today.", &warnings),
            std::vector<std::string>{"the bridge will\nreopen soon"});
}

TEST(QuoteMarks, UnmatchedApostropheDoesNotHideDoubleQuote) {
  std::vector<std::string> warnings;
  EXPECT_EQ(Quoted("In the '90s he said \"never again\" twice.", &warnings),
            std::vector<std::string>{"never again"});
}

TEST(QuoteMarks, ManyUnbalancedMarksAreLinearAndWarnedOnce) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += LDQ "a ";
  std::vector<std::string> warnings;
  std::vector<QuoteSpan> spans;
  FindQuoteSpans(text, &spans, &warnings);
  EXPECT_EQ(spans.size(), 20000u);
  EXPECT_EQ(warnings.size(), 6u);  // five, then how many more
}

}  // namespace
}  // namespace dossier::quotes
