// Tests for QuoteFinder: speakers before, after and inverted, surnames and
// pronouns, described speakers, cues, kinds, indirect speech, bad input.
// Entity mentions are built by hand, as the entity layer would give them.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/text.h"

namespace dossier {
namespace {

#define LDQ "\u201C"
#define RDQ "\u201D"

struct Ent {
  const char* surface;
  EntityType type;
  const char* canonical;
  const char* rule = "test";
};

struct Want {
  std::string text;
  std::string speaker;
  std::string kind;
  std::string verb;
  bool operator==(const Want&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Want& w) {
  return os << "{" << w.text << " | " << w.speaker << " | " << w.kind << " | " << w.verb << "}";
}

// Every occurrence of each surface becomes a mention (whole words only).
std::vector<EntityMention> Mentions(const std::string& text, const std::vector<Ent>& ents) {
  std::vector<EntityMention> out;
  for (const Ent& e : ents) {
    std::string s = e.surface;
    for (size_t p = text.find(s); p != std::string::npos; p = text.find(s, p + 1)) {
      bool left = p == 0 || !isalpha(static_cast<unsigned char>(text[p - 1]));
      bool right =
          p + s.size() >= text.size() || !isalpha(static_cast<unsigned char>(text[p + s.size()]));
      bool covered = false;
      for (const EntityMention& m : out) covered = covered || (p < m.end && m.start < p + s.size());
      if (!left || !right || covered) continue;
      EntityMention m;
      m.start = p;
      m.end = p + s.size();
      m.type = e.type;
      m.canonical = e.canonical;
      m.rule = e.rule;
      out.push_back(m);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
  return out;
}

struct Case {
  std::string text;
  std::vector<Ent> ents;
  std::vector<Want> want;
};

class QuoteFinderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto qf = QuoteFinder::Create({});
    ASSERT_TRUE(qf.ok()) << qf.status().message();
    finder_ = std::move(qf).value();
  }
  std::vector<Quote> Run(const std::string& text, const std::vector<Ent>& ents) {
    std::vector<Quote> quotes;
    warnings_.clear();
    finder_->Find(text, {}, Mentions(text, ents), &quotes, &warnings_);
    return quotes;
  }
  std::vector<Want> Wants(const std::string& text, const std::vector<Ent>& ents) {
    std::vector<Want> out;
    for (const Quote& q : Run(text, ents)) {
      out.push_back(Want{text.substr(q.start, q.end - q.start), q.speaker,
                         std::string(QuoteKindName(q.kind)), q.verb});
    }
    return out;
  }
  // One table of cases: each text gives exactly its wanted quotes.
  void ExpectCases(const std::vector<Case>& cases) {
    for (const Case& c : cases) EXPECT_EQ(Wants(c.text, c.ents), c.want) << c.text;
  }
  std::unique_ptr<QuoteFinder> finder_;
  std::vector<std::string> warnings_;
};

const Ent kHalden{"Mira Halden", EntityType::kPerson, "Mira Halden"};
const Ent kHaldenShort{"Halden", EntityType::kPerson, "Mira Halden"};
const Ent kBrenner{"Tomas Brenner", EntityType::kPerson, "Tomas Brenner"};
const Ent kBrennerShort{"Brenner", EntityType::kPerson, "Tomas Brenner"};

TEST_F(QuoteFinderTest, SpeakerShapes) {
  const std::vector<Case> cases = {
      {LDQ "We will rebuild the pier by spring," RDQ
           " Mira Halden, head of the harbour service, told reporters.",
       {kHalden},
       {{"We will rebuild the pier by spring", "Mira Halden", "direct", "told"}}},
      {LDQ "The water rose faster than anyone expected," RDQ
           " said Mira Halden, head of the service.",
       {kHalden},
       {{"The water rose faster than anyone expected", "Mira Halden", "direct", "said"}}},
      {LDQ "The ropes snapped one after another," RDQ " a deckhand said.",
       {},
       {{"The ropes snapped one after another", "a deckhand", "direct", "said"}}},
      {"The minister wrote: " LDQ "The fleet will return to port within a week." RDQ,
       {},
       {{"The fleet will return to port within a week.", "the minister", "direct", "wrote"}}},
      {"Officials said the ferry " LDQ "was never meant to carry that many people" RDQ ".",
       {},
       {{"was never meant to carry that many people", "officials", "partial", "said"}}},
      {"Former premier Tomas Brenner said in an interview that the floods " LDQ
       "changed the whole valley" RDQ " for good.",
       {kBrenner},
       {{"changed the whole valley", "Tomas Brenner", "partial", "said"}}},
      {"The statement of Ivo Marek, a former fighter, that " LDQ
       "the depot was a target from the first day" RDQ " was cited again.",
       {},
       {{"the depot was a target from the first day", "Ivo Marek", "partial", "statement of"}}},
      {"Brenner called the plan " LDQ "reckless" RDQ " and " LDQ
       "far too expensive for the valley" RDQ ".",
       {kBrennerShort},
       {{"reckless", "Tomas Brenner", "partial", "called"},
        {"far too expensive for the valley", "Tomas Brenner", "partial", "called"}}},
      {"According to the harbour police, " LDQ "two boats sank before midnight" RDQ ".",
       {},
       {{"two boats sank before midnight", "the harbour police", "partial", "According to"}}},
      {"Fishermen waiting along the quay shouted " LDQ "Let them through" RDQ " at the police.",
       {},
       {{"Let them through", "fishermen", "partial", "shouted"}}},
      {LDQ "The ferry should never have sailed," RDQ " said harbour pilot Ivo Marek.",
       {},
       {{"The ferry should never have sailed", "Ivo Marek", "direct", "said"}}},
      {"Several critics, including Ivo Marek -- " LDQ "the route was never safe in winter" RDQ
       " -- spoke at the hearing.",
       {},
       {{"the route was never safe in winter", "Ivo Marek", "partial", ""}}},
  };
  ExpectCases(cases);
}

// "as X put it": no speech verb, the words between "as" and "put it" name
// the speaker, before or after the quote, with or without an appositive.
TEST_F(QuoteFinderTest, AsSpeakerPutIt) {
  const std::vector<Case> cases = {
      {"The levy held for a week. As Ivo Marek, a pilot on the northern route, once put it, " LDQ
       "Nobody trusts a wall they cannot see." RDQ,
       {},
       {{"Nobody trusts a wall they cannot see.", "Ivo Marek", "direct", "put it"}}},
      {"Critics saw the budget, as the harbour weekly put it in a long profile, as " LDQ
       "a wish list" RDQ " for the port.",
       {},
       {{"a wish list", "the harbour weekly", "partial", "put it"}}},
      {LDQ "The river always wins in the end," RDQ " as Mira Halden put it.",
       {kHalden},
       {{"The river always wins in the end", "Mira Halden", "direct", "put it"}}},
  };
  ExpectCases(cases);
}

// "<subject> <verb>ed and said": the subject sits right before the first
// verb; a first-person writer ("I") is the speaker as written, never a
// person named nearby.
TEST_F(QuoteFinderTest, SubjectOfAnEarlierVerbAndTheWriterAsI) {
  std::string text =
      "Years ago, when my aunt mentioned the flood to me at dinner, I shrugged and said, " LDQ
      "It is only a drill." RDQ;
  std::vector<Quote> q = Run(text, {});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "I");
  EXPECT_EQ(q[0].speaker_start, text.find("I shrugged"));
  std::string third =
      "Mira Halden runs the port. After the storm, when Tomas Brenner closed the quay, she "
      "paused and added, " LDQ "We will sail at dawn." RDQ;
  std::vector<Want> want = {{"We will sail at dawn.", "Mira Halden", "direct", "added"}};
  EXPECT_EQ(Wants(third, {kHalden, kBrenner}), want);
  // After an auxiliary the name is inside a relative clause: not the subject.
  std::string relative = "The pilot Ivo Marek, whom Mira Halden had trusted and praised, said " LDQ
                         "We will sail at dawn." RDQ;
  q = Run(relative, {kHalden});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_NE(q[0].speaker, "Mira Halden");
}

// A quote after a colon that closes a sentence with no speech verb: the
// subject of that sentence speaks, a pronoun or a description too; "a
// message from X:" names X.
TEST_F(QuoteFinderTest, ColonAfterASentenceNamingTheSpeaker) {
  std::string text =
      "Ivo Marek walked to the end of the pier. He paused: " LDQ
      "The boats will not come back this year." RDQ
      "\n\nThe harbour board published its review on Monday. The review ended on a "
      "grim note: " LDQ "No quay in the valley is safe in a flood." RDQ
      "\n\nA message from Mira Halden: " LDQ "Stay away from the river banks tonight." RDQ "\n";
  std::vector<Quote> q = Run(text, {kHalden});
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].speaker, "Ivo Marek");
  EXPECT_EQ(q[1].speaker, "the review");
  EXPECT_EQ(q[2].speaker, "Mira Halden");
  EXPECT_EQ(q[0].rule, "quote_colon_subject");
  EXPECT_EQ(q[1].rule, "quote_colon_subject");
  EXPECT_EQ(q[2].rule, "quote_colon_name");  // a name alone after "from"
}

// Verbs whose object is the quoted words ("attacked", "call") name the
// speaker before the quote; after it they name no one.
TEST_F(QuoteFinderTest, QuoteAsTheObjectOfAVerb) {
  const std::vector<Case> cases = {
      {"In a speech at the dock, Tomas Brenner attacked " LDQ
       "the reckless greed of the shipping firms" RDQ ".",
       {kBrenner},
       {{"the reckless greed of the shipping firms", "Tomas Brenner", "partial", "attacked"}}},
      {"When the pumps fail, harbour officials call them " LDQ "acts of sabotage" RDQ
       " and blame the weather.",
       {},
       {{"acts of sabotage", "harbour officials", "partial", "call"}}},
  };
  ExpectCases(cases);
  std::string after = "The mayor has used the phrase " LDQ "flood tax" RDQ
                      " often in her campaign, and attacked the council for its silence.";
  for (const Quote& q : Run(after, {})) EXPECT_NE(q.speaker, "her campaign") << after;
}

// "footage of X saying": the name right before the participle speaks, not
// the subject of the clause ("The clip").
TEST_F(QuoteFinderTest, NameBeforeAParticiple) {
  std::string text = "The clip ends with footage of Tomas Brenner saying at the hearing, " LDQ
                     "Nobody told us the dam was cracked." RDQ;
  std::vector<Quote> q = Run(text, {kBrenner});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tomas Brenner");
  EXPECT_EQ(q[0].verb, "saying");
}

// A quote set off by a dash inside a participle phrase: the name that
// opens the main clause speaks; a quoted phrase that is the participle's
// object is no speech.
TEST_F(QuoteFinderTest, QuoteInAParticiplePhrase) {
  std::string text =
      "Tomas Brenner shrugged off the question, treating the charge as a joke -- " LDQ
      "I have never owned a boat" RDQ " -- and moved on.";
  std::vector<Quote> q = Run(text, {kBrenner});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Tomas Brenner");
  EXPECT_EQ(q[0].rule, "quote_participle_clause");
  std::string object =
      "The storm reached the coast on Sunday, breaking what engineers had "
      "long called a " LDQ "safe limit" RDQ ".";
  for (const Quote& one : Run(object, {})) EXPECT_NE(one.rule, "quote_participle_clause");
}

// A name right before a dash that opens the quote is its speaker, even when
// an earlier speech verb has the whole group as its subject.
TEST_F(QuoteFinderTest, NameBeforeDashWinsOverTheGroupVerb) {
  std::string text =
      "Several harbour pilots have said the same, including the veteran skipper Ivo Marek -- " LDQ
      "the channel silts up every spring" RDQ " -- and two of his crew.";
  std::vector<Want> want = {{"the channel silts up every spring", "Ivo Marek", "partial", ""}};
  EXPECT_EQ(Wants(text, {}), want);
}

TEST_F(QuoteFinderTest, SurnamesAndPronounsResolveToTheNamedPerson) {
  std::string text = "Mira Halden runs the harbour service. " LDQ "We lost two boats," RDQ
                     " Halden told reporters. " LDQ "Nobody was hurt," RDQ " she said.";
  std::vector<Want> want = {{"We lost two boats", "Mira Halden", "direct", "told"},
                            {"Nobody was hurt", "Mira Halden", "direct", "said"}};
  EXPECT_EQ(Wants(text, {kHalden, kHaldenShort}), want);
  // Without entity mentions the capitalised-name scan finds the same person.
  EXPECT_EQ(Wants(text, {}), want);
  std::vector<Quote> q = Run(text, {kHalden, kHaldenShort});
  ASSERT_EQ(q.size(), 2u);
  size_t halden = text.find("Halden told");
  EXPECT_EQ(q[0].speaker_start, halden);
  EXPECT_EQ(q[0].speaker_end, halden + 6);
  EXPECT_EQ(q[1].speaker_start, halden);  // "she": the nearest mention that names her
  EXPECT_EQ(q[0].rule, "quote_speaker_after");
}

TEST_F(QuoteFinderTest, PronounPrefersTheClauseSubject) {
  std::string text =
      "Dan Fowler noted that in 1990 he backed a plan to replace Carl Ostrow as "
      "chairman.\n\n" LDQ "This is a different time," RDQ " he said.";
  EXPECT_EQ(Wants(text, {}),
            (std::vector<Want>{{"in 1990 he backed a plan to replace Carl Ostrow as chairman",
                                "Dan Fowler", "indirect", "noted"},
                               {"This is a different time", "Dan Fowler", "direct", "said"}}));
  // A pronoun skips a person of the other gender when the first name tells.
  text = "Anna Karova met John Pell in the port.\n\n" LDQ "We will appeal," RDQ " she said.";
  EXPECT_EQ(Wants(text, {}),
            (std::vector<Want>{{"We will appeal", "Anna Karova", "direct", "said"}}));
}

// A person after a preposition and a title ("under President Jo Reyes") is
// an object, not a referent: the pronoun goes to the subject before it.
TEST_F(QuoteFinderTest, TitledObjectIsNoReferent) {
  std::string text =
      "On a call with a radio host, Colonel Dan Fowler said he had doubts about the navy "
      "under President Carl Ostrow in his last year.\n\n" LDQ "It was hard to serve," RDQ
      " he said.";
  EXPECT_EQ(Wants(text, {}),
            (std::vector<Want>{{"It was hard to serve", "Dan Fowler", "direct", "said"}}));
}

// A pronoun carries on the speaker of the quote just before it, past a
// person named inside a description or after "that", unless a newer clause
// subject took over.
TEST_F(QuoteFinderTest, PronounCarriesOnThePreviousSpeaker) {
  std::string text = LDQ
      "The ferry will sail again in May," RDQ
      " said Anna Karova, who runs the port.\n\n"
      "Asked whether she would vote for Ilse Varga in the event that Varga ran, she shrugged. " LDQ
      "I have not decided," RDQ " she said.";
  std::vector<Want> got = Wants(text, {});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], (Want{"I have not decided", "Anna Karova", "direct", "said"}));
  // A named subject after the first quote takes over.
  text = LDQ "The ferry will sail again in May," RDQ
             " said Dan Fowler.\n\n"
             "Carl Ostrow disagreed. " LDQ "It will not," RDQ " he said.";
  got = Wants(text, {});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], (Want{"It will not", "Carl Ostrow", "direct", "said"}));
}

// Names after "in", "after" or "that" are no referents; a sentence that
// opens with a described name makes it the subject.
TEST_F(QuoteFinderTest, PronounSkipsNamesAfterLinkWords) {
  std::string text =
      "Harbour delegate Dan Fowler, wearing a cap covered in Carl Ostrow badges, said he "
      "would stay. " LDQ "We are not done yet," RDQ " he said.";
  EXPECT_EQ(Wants(text, {}),
            (std::vector<Want>{{"We are not done yet", "Dan Fowler", "direct", "said"}}));
  text =
      "Dan Fowler went after Carl Ostrow on Sunday.\n\n" LDQ "He is not serious," RDQ " he said.";
  EXPECT_EQ(Wants(text, {}),
            (std::vector<Want>{{"He is not serious", "Dan Fowler", "direct", "said"}}));
}

// A surname typed as an organisation by the recognizer is still the person
// named before it.
TEST_F(QuoteFinderTest, SurnameTypedAsOrganisationStaysAPerson) {
  std::string text =
      "Mira Halden runs the harbour service. " LDQ "We lost two boats," RDQ
      " Halden said during a talk with Dan Fowler, head of the pilots.\n\n"
      "Halden also spoke about the budget.\n\n" LDQ "It is not enough," RDQ " she said.";
  const Ent org{"Halden", EntityType::kOrganization, "Halden"};
  std::vector<Want> got = Wants(text, {kHalden, org});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1], (Want{"It is not enough", "Mira Halden", "direct", "said"}));
}

// With no name in the two nearest paragraphs, the subject of the paragraph
// before them beats a person it names as an object.
TEST_F(QuoteFinderTest, PronounReachesAnOlderSubjectBeforeAnObject) {
  std::string text =
      "Mayor Ilse Varga recalled that in 2004 she helped a campaign to unseat Petra Lind as "
      "head of the council.\n\nThat fight was short, she said, but the next one would be "
      "long.\n\n" LDQ "We have less time now," RDQ " she said.";
  std::vector<Want> got = Wants(text, {});
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got.back(), (Want{"We have less time now", "Ilse Varga", "direct", "said"}));
}

// A name after a role word and before a speech verb is a clause subject,
// which a later pronoun prefers to a name that merely modifies a noun.
TEST_F(QuoteFinderTest, PronounPrefersARoleNamedSpeaker) {
  std::string text =
      "Varga campaign spokesman Tomas Brenner told the paper that Varga's budget plan "
      "would hold.\n\n" LDQ "We have the numbers," RDQ " he said.";
  EXPECT_EQ(
      Wants(text, {{"Varga", EntityType::kPerson, "Jon Varga"}, kBrenner}),
      (std::vector<Want>{{"Varga's budget plan would hold", "Tomas Brenner", "indirect", "told"},
                         {"We have the numbers", "Tomas Brenner", "direct", "said"}}));
}

// Clause subjects behind an opening phrase, a discourse word or a role word
// beat a nearer name in a possessive or an object; a name after "said" or
// "that" opens a reported clause and is no subject.
TEST_F(QuoteFinderTest, PronounFindsSubjectsInsideTheSentence) {
  const std::vector<Case> cases = {
      {"Later on Sunday, Tomas Brenner posted a chart on his Harbourline page.\n\nThe "
       "council kept quiet.\n\n" LDQ "Nobody reads the numbers," RDQ " he said.",
       {{"Harbourline", EntityType::kPerson, "Harbourline"}},
       {{"Nobody reads the numbers", "Tomas Brenner", "direct", "said"}}},
      {"Several mayors stayed away, and even Tomas Brenner waited for Jon Varga. " LDQ
       "We came too late," RDQ " he said.",
       {},
       {{"We came too late", "Tomas Brenner", "direct", "said"}}},
      {"Harbour chief Tomas Brenner warned that Jon Varga had misread the tide tables. " LDQ
       "The charts are clear," RDQ " he said.",
       {},
       {{"Jon Varga had misread the tide tables", "Tomas Brenner", "indirect", "warned"},
        {"The charts are clear", "Tomas Brenner", "direct", "said"}}},
  };
  ExpectCases(cases);
}

// Entity typing mistakes: a one-word mention guessed from capitals is a
// person when a speech verb follows, and no referent otherwise; a titled
// name typed as an organisation is the person its first name opens.
TEST_F(QuoteFinderTest, PronounWorksAroundEntityTypes) {
  const std::vector<Case> cases = {
      {"Ostrow claimed the vote was rigged and sent a copy to Brightwater. " LDQ "They cheated," RDQ
       " he said.",
       {{"Ostrow", EntityType::kPlace, "Ostrow", "capitalised"},
        {"Brightwater", EntityType::kPerson, "Brightwater", "capitalised"}},
       {{"They cheated", "Ostrow", "direct", "said"}}},
      {"Harbour Speaker Carl Ostrow spoke to the Tidewater board. " LDQ "We will rebuild," RDQ
       " he said.",
       {{"Harbour Speaker Carl Ostrow", EntityType::kOrganization, "Harbour Speaker Carl Ostrow"},
        {"Tidewater", EntityType::kPerson, "Tidewater", "capitalised"}},
       {{"We will rebuild", "Carl Ostrow", "direct", "said"}}},
  };
  ExpectCases(cases);
}

// A name alone before a colon labels the quote (a line opening, after a
// dash or "from"); a quote paragraph may be signed on the next line.
TEST_F(QuoteFinderTest, NameLabelsAndSignatures) {
  const std::vector<Case> cases = {
      {"Mira Halden: " LDQ "The pier will stand." RDQ,
       {},
       {{"The pier will stand.", "Mira Halden", "direct", ""}}},
      {"THE TIDE TABLES WERE WRONG -- Tomas Brenner: " LDQ "Every chart was ten years old." RDQ,
       {},
       {{"Every chart was ten years old.", "Tomas Brenner", "direct", ""}}},
      {"More from Tomas Brenner: " LDQ "The charts are still wrong." RDQ,
       {},
       {{"The charts are still wrong.", "Tomas Brenner", "direct", ""}}},
      {"The board met on Monday.\n\n" LDQ "We will not sell the pier." RDQ "\n\n- Mira Halden.",
       {},
       {{"We will not sell the pier.", "Mira Halden", "direct", ""}}},

      // A transcript set in marks: each turn's label names its speaker.
      {"A transcript follows:\n\n\"HOST: Will the pier reopen?\n\n\"HALDEN: Not before May.\"",
       {},
       {{"Will the pier reopen?", "HOST", "direct", ""},
        {"Not before May.", "HALDEN", "direct", ""}}},
  };
  ExpectCases(cases);
}

// Verbs of manner report speech too ("barked", "assured the crowd").
TEST_F(QuoteFinderTest, MannerVerbs) {
  const std::vector<Case> cases = {
      {LDQ "Get off the pier," RDQ " Tomas Brenner barked.",
       {kBrenner},
       {{"Get off the pier", "Tomas Brenner", "direct", "barked"}}},
      {LDQ "Nobody will lose a boat," RDQ " Mira Halden assured the crowd.",
       {kHalden},
       {{"Nobody will lose a boat", "Mira Halden", "direct", "assured"}}},
  };
  ExpectCases(cases);
}

// Shapes after the quote: a document read out, "As X puts it", a verb with
// no comma, a stray inner mark before the comma; a party tag after a name
// ("R-Utah") is no referent.
TEST_F(QuoteFinderTest, MoreShapesAroundTheQuote) {
  const std::vector<Case> cases = {
      {LDQ "The pier stays closed," RDQ " read the statement.",
       {},
       {{"The pier stays closed", "the statement", "direct", "read"}}},
      {"As Mira Halden puts it, " LDQ "The river always wins." RDQ,
       {kHalden},
       {{"The river always wins.", "Mira Halden", "direct", "puts it"}}},
      {LDQ "They forgot the ferry" RDQ " reacted Tomas Brenner.",
       {kBrenner},
       {{"They forgot the ferry", "Tomas Brenner", "direct", "reacted"}}},
      {"''Call it a 'harbour tax,''' said Tomas Brenner.",
       {kBrenner},
       {{"Call it a 'harbour tax", "Tomas Brenner", "direct", "said"}}},
      {"Board chair Tomas Brenner, R-Ostia, said the pier would close. " LDQ "It is a sad day," RDQ
       " he said.",
       {kBrenner, {"R-Ostia", EntityType::kPerson, "R-Ostia"}},
       {{"It is a sad day", "Tomas Brenner", "direct", "said"}}},
  };
  ExpectCases(cases);
}

// A quoted phrase in the predicate of a clause whose subject is a named
// person goes to that person; a sentence-initial common word is no subject.
TEST_F(QuoteFinderTest, PhraseInThePredicateOfANamedSubject) {
  const std::vector<Case> cases = {
      {"Mira Halden is calling the new toll " LDQ "a tax on every family in the valley" RDQ ".",
       {kHalden},
       {{"a tax on every family in the valley", "Mira Halden", "partial", ""}}},
      {"Visitors still remember " LDQ "the old road along the northern cliffs" RDQ ".",
       {},
       {{"the old road along the northern cliffs", "", "partial", ""}}},
  };
  ExpectCases(cases);
}

// A lone title the recognizer cut from a name ("Gov" of "Gov. Ann Lee") is
// no speaker: the name after it is.
TEST_F(QuoteFinderTest, LoneTitleMentionIsNoSpeaker) {
  std::string text = LDQ "The bridge will open in May," RDQ " said Gov. Mira Halden of the valley.";
  EXPECT_EQ(Wants(text, {{"Gov", EntityType::kPerson, "Gov"}, kHalden}),
            (std::vector<Want>{{"The bridge will open in May", "Mira Halden", "direct", "said"}}));
}

// A party tag in brackets between the name and the comma before the verb.
TEST_F(QuoteFinderTest, NameWithBracketsBeforeTheVerb) {
  std::string text = "At the harbour on Monday, Sen. Mira Halden (D-Ost.), said, " LDQ
                     "The pier will be rebuilt." RDQ;
  EXPECT_EQ(Wants(text, {kHalden}),
            (std::vector<Want>{{"The pier will be rebuilt.", "Mira Halden", "direct", "said"}}));
}

// A weak verb form after "of", a determiner or a possessive is a noun
// ("a series of tweets:"), not the cue of the quote.
TEST_F(QuoteFinderTest, WeakVerbAfterADeterminerIsANoun) {
  std::string text = "Mira Halden answered Tomas Brenner in a series of tweets: " LDQ
                     "The pier was never safe!" RDQ;
  std::vector<Quote> q = Run(text, {kHalden, kBrenner});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mira Halden");
}

// Nearer text wins: a person named in the pronoun's own paragraph beats the
// subject of an older one, even after an opening phrase.
TEST_F(QuoteFinderTest, PronounPrefersItsOwnParagraph) {
  std::string text =
      "Carl Ostrow chairs the harbour board.\n\nIn a long letter last week, Anna Karova "
      "described the flooding. " LDQ "The pier is gone," RDQ " she wrote.";
  EXPECT_EQ(Wants(text, {}),
            (std::vector<Want>{{"The pier is gone", "Anna Karova", "direct", "wrote"}}));
}

// A word before the name tells the sex when the first name does not
// ("widow", "Mrs."); names both sexes bear are not in the first-name list.
TEST_F(QuoteFinderTest, GenderFromTheWordBeforeTheName) {
  std::string text =
      "Jon Varga, the mayor, spoke first.\n\n" LDQ "We were never warned," RDQ
      " said widow Kim Soren.\n\nShe added, " LDQ "Nobody came to the village for two days." RDQ;
  std::vector<Want> got = Wants(text, {});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].speaker, "Kim Soren");
}

// A title-case line is a heading: its capitals name no one.
TEST_F(QuoteFinderTest, HeadingIsNoReferent) {
  std::string text = "Mayor Jon Varga opened the bridge on Monday.\n\nA Long, Quiet Return.\n\n" LDQ
                     "It took us four years," RDQ " he said.";
  EXPECT_EQ(Wants(text, {{"Quiet Return", EntityType::kPerson, "Quiet Return"}}),
            (std::vector<Want>{{"It took us four years", "Jon Varga", "direct", "said"}}));
}

// A described speaker ends with a noun: "a 52-count complaint" stays whole,
// and an adverb cut short is no speaker.
TEST_F(QuoteFinderTest, DescriptionsEndWithANoun) {
  std::string text = "According to a 12-page report, the dam " LDQ "was never inspected" RDQ ".";
  std::vector<Want> got = Wants(text, {});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].speaker, "a 12-page report");
}

TEST_F(QuoteFinderTest, CoordinatedVerbsAndParticiples) {
  // The subject of "shook ... and said", not the words before "and".
  EXPECT_EQ(Wants("Anna Karova shook her head and said, " LDQ "No, not this year." RDQ, {}),
            (std::vector<Want>{{"No, not this year.", "Anna Karova", "direct", "said"}}));
  // "X, citing “...”, said": the quote is X's.
  EXPECT_EQ(
      Wants("Anna Karova, citing " LDQ "the worst storm in decades" RDQ
            ", said the port would stay shut.",
            {}),
      (std::vector<Want>{{"the worst storm in decades", "Anna Karova", "partial", "citing"}}));
}

TEST_F(QuoteFinderTest, TheyStandsForTheGroupThatSpokeLast) {
  std::string text = LDQ "The pier is unsafe," RDQ " the harbour workers said. " LDQ
                         "We will not go back until it is repaired," RDQ " they added.";
  std::vector<Want> want = {
      {"The pier is unsafe", "the harbour workers", "direct", "said"},
      {"We will not go back until it is repaired", "the harbour workers", "direct", "added"}};
  EXPECT_EQ(Wants(text, {}), want);
}

TEST_F(QuoteFinderTest, SentenceInitialWordTypedAsPersonIsNoReferent) {
  // The entity layer may take a sentence-initial word for a person; a pronoun
  // does not resolve to a one-word name never seen mid-sentence.
  std::string text =
      "Particular care was taken at the hearing. Remarks by former mayor Ivo "
      "Marek were read out, in which he stated that the pier " LDQ "was never safe in winter" RDQ
      ".";
  EXPECT_EQ(Wants(text, {{"Particular", EntityType::kPerson, "Particular"},
                         {"Ivo Marek", EntityType::kPerson, "Ivo Marek"}}),
            (std::vector<Want>{{"was never safe in winter", "Ivo Marek", "partial", "stated"}}));
}

TEST_F(QuoteFinderTest, WrittenStatement) {
  std::string text = "Ombudsman Anna Karova wrote to the council on Monday.\n\n" LDQ
                     "These acts were planned in advance and must be punished," RDQ
                     " Karova said in a written statement.";
  EXPECT_EQ(Wants(text, {}),
            (std::vector<Want>{{"These acts were planned in advance and must be punished",
                                "Anna Karova", "direct", "said"}}));
}

TEST_F(QuoteFinderTest, SplitAndContinuedQuotes) {
  std::string text =
      LDQ "We tried," RDQ " Halden said. " LDQ "We really did try everything we could." RDQ;
  EXPECT_EQ(Wants(text, {kHaldenShort}),
            (std::vector<Want>{
                {"We tried", "Mira Halden", "direct", "said"},
                {"We really did try everything we could.", "Mira Halden", "direct", "said"}}));
}

TEST_F(QuoteFinderTest, QuoteOverParagraphs) {
  std::string text = LDQ "First we saw the smoke over the hills.\n\n" LDQ
                         "Then the lights went out," RDQ " said Mira Halden.";
  std::vector<Quote> q = Run(text, {kHalden});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].start, 3u);
  EXPECT_EQ(text.substr(q[0].end - 5, 5), "t out");
  EXPECT_EQ(q[0].speaker, "Mira Halden");
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(QuoteFinderTest, ColonAtParagraphEnd) {
  std::string text =
      "Halden continued:\n\n" LDQ "The pier is safe now and boats can dock again." RDQ;
  EXPECT_EQ(Wants(text, {kHaldenShort}),
            (std::vector<Want>{{"The pier is safe now and boats can dock again.", "Mira Halden",
                                "direct", "continued"}}));
}

TEST_F(QuoteFinderTest, IndirectSpeech) {
  std::string text =
      "Mira Halden spoke after the storm. Halden told reporters on Tuesday "
      "that the pier would reopen in March. The bill that passed was small. "
      "It should be noted that the harbour has two piers.";
  EXPECT_EQ(
      Wants(text, {}),
      (std::vector<Want>{{"the pier would reopen in March", "Mira Halden", "indirect", "told"}}));
}

TEST_F(QuoteFinderTest, TitlesAndScareQuotesAreNotQuotes) {
  EXPECT_TRUE(Run("The " LDQ "Bridges for Tomorrow" RDQ " campaign began in 2019.", {}).empty());
  EXPECT_TRUE(Run(LDQ "Harbour Day" RDQ " was declared a holiday.", {}).empty());
  EXPECT_TRUE(Run("It was a so-called " LDQ "safe zone" RDQ ".", {}).empty());
}

// A short span that ends in "!" or "?" is a cry or a question, not a name.
TEST_F(QuoteFinderTest, ShortExclamationsAreQuotes) {
  std::string text =
      "The crowd on the quay kept chanting " LDQ "Open the gates!" RDQ " until dusk.";
  EXPECT_EQ(Wants(text, {}),
            (std::vector<Want>{{"Open the gates!", "the crowd", "partial", "chanting"}}));
  EXPECT_TRUE(Run("Fans waited for " LDQ "Harbour Lights" RDQ " to start.", {}).empty());
}

TEST_F(QuoteFinderTest, OtherMarks) {
  EXPECT_EQ(Wants("\u00ABWe stay here and we rebuild,\u00BB said a fisherman.", {}),
            (std::vector<Want>{{"We stay here and we rebuild", "a fisherman", "direct", "said"}}));
  EXPECT_EQ(Wants("\"The roads are closed until Friday,\" police said.", {}),
            (std::vector<Want>{{"The roads are closed until Friday", "police", "direct", "said"}}));
}

TEST_F(QuoteFinderTest, UnbalancedMarkWarns) {
  std::vector<Quote> q = Run("He said " LDQ "this never ends at all.\n\nNext paragraph.", {});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(warnings_.size(), 1u);
}

TEST_F(QuoteFinderTest, BadInputIsLinear) {
  std::string caps, lower, long_sentence;
  for (int i = 0; i < 3000; ++i) {
    caps += "\"THE MAYOR SAID\" THE HARBOUR IS CLOSED, SAID MIRA HALDEN. ";
    lower += "\u201Cthe mayor said that the harbour is closed,\u201D said mira halden. ";
    long_sentence += "and the water said that ";
  }
  for (const std::string* t : {&caps, &lower, &long_sentence}) {
    auto begin = std::chrono::steady_clock::now();
    Run(*t, {});
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    EXPECT_LT(s, 2.0);
  }
}

// The seed reports (read in place when ../shared is there): every quote they
// hold is reported with a named speaker, even without entity mentions.
TEST_F(QuoteFinderTest, SeedQuotesAllHaveSpeakers) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(DOSSIER_SHARED_DIR) / "corpus" / "seeds";
  if (!fs::exists(dir)) GTEST_SKIP() << "no " << dir;
  size_t total = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    std::vector<Quote> quotes;
    std::vector<std::string> warnings;
    finder_->Find(text, SplitSentences(text), {}, &quotes, &warnings);
    for (const Quote& q : quotes) {
      ++total;
      EXPECT_FALSE(q.speaker.empty()) << entry.path() << ": " << text.substr(q.start, 60);
      EXPECT_TRUE(q.speaker_start.has_value()) << entry.path();
      EXPECT_NE(q.speaker.find(' '), std::string::npos) << q.speaker;  // a full name
    }
  }
  EXPECT_GE(total, 7u);
}

}  // namespace
}  // namespace dossier
