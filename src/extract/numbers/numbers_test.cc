// Unit tests for the number layer: table-driven cases over NumberRecognizer,
// each a sentence of our own with the one item it must produce, plus
// properties that hold for any input (sorted, never overlapping, in range).
#include "dossier/numbers.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>

namespace dossier {
namespace {

const NumberRecognizer& Rec() {
  static const NumberRecognizer* rec = [] {
    auto r = NumberRecognizer::Create({});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *rec;
}

std::vector<NumberMention> Find(std::string_view text) {
  std::vector<NumberMention> out;
  Rec().Recognize(text, &out);
  return out;
}

struct Case {
  const char* text;
  const char* span;  // the item's text
  double value;
  std::optional<double> high;
  NumberKind kind;
  Qualifier qualifier;
  const char* unit;
};

constexpr auto kC = NumberKind::kCardinal;
constexpr auto kE = Qualifier::kExact;

const Case kCases[] = {
    // Digits, separators, decimals, signs.
    {"Officials counted 1,275 houses.", "1,275", 1275, {}, kC, kE, ""},
    {"The fund holds 1 275 000 shares.", "1 275 000", 1275000, {}, kC, kE, ""},
    {"Output rose by 2.5 points.", "2.5", 2.5, {}, kC, kE, ""},
    {"Temperatures fell to -4 overnight.", "-4", -4, {}, kC, kE, ""},
    {"The batting average was .312 last year.", ".312", 0.312, {}, kC, kE, ""},
    {"The invoice came to 12.500,50 in total.", "12.500,50", 12500.5, {}, kC, kE, ""},
    {"The gauge read 1.125 at noon.", "1.125", 1.125, {}, kC, kE, ""},
    // Number words.
    {"They found two hundred and six graves.", "two hundred and six", 206, {}, kC, kE, ""},
    {"Thirty-four years have passed.", "Thirty-four", 34, {}, kC, kE, ""},
    {"A hundred volunteers came.", "A hundred", 100, {}, kC, kE, ""},
    {"She bought a dozen eggs.", "a dozen", 12, {}, kC, kE, ""},
    {"The stall sold four hundred and three dozen rolls.",
     "four hundred and three dozen",
     436,
     {},
     kC,
     kE,
     ""},
    {"The bakery baked two hundred dozen rolls.", "two hundred dozen", 2400, {}, kC, kE, ""},
    {"The debt reached one million three hundred thousand.",
     "one million three hundred thousand",
     1300000,
     {},
     kC,
     kE,
     ""},
    {"About five and a half million people voted.",
     "About five and a half million",
     5500000,
     {},
     kC,
     Qualifier::kApprox,
     ""},
    // Scale words on digits.
    {"The city has 170 million residents.", "170 million", 170000000, {}, kC, kE, ""},
    {"Sales reached 2.3bn last year.", "2.3bn", 2300000000, {}, kC, kE, ""},
    {"The plant makes 1.2m tonnes a year.", "1.2m", 1200000, {}, kC, kE, ""},
    {"She won the 100m sprint.", "100m", 100, {}, kC, kE, ""},
    // Ordinals and fractions.
    {"It was the 34th anniversary.", "34th", 34, {}, NumberKind::kOrdinal, kE, ""},
    {"It was the 34rd anniversary.", "34rd", 34, {}, NumberKind::kOrdinal, kE, ""},
    {"The thirty-fourth meeting began.", "thirty-fourth", 34, {}, NumberKind::kOrdinal, kE, ""},
    {"Two-thirds of voters agreed.", "Two-thirds", 2.0 / 3, {}, NumberKind::kFraction, kE, ""},
    {"Only a third of the money arrived.", "a third", 1.0 / 3, {}, NumberKind::kFraction, kE, ""},
    {"About 1/4 of homes lost power.",
     "About 1/4",
     0.25,
     {},
     NumberKind::kFraction,
     Qualifier::kApprox,
     ""},
    {"One in five children was hungry.", "One in five", 0.2, {}, NumberKind::kFraction, kE, ""},
    // Percents.
    {"Turnout was 12% higher.", "12%", 12, {}, NumberKind::kPercent, kE, ""},
    {"Prices rose 12 per cent.", "12 per cent", 12, {}, NumberKind::kPercent, kE, ""},
    {"Twelve percent said no.", "Twelve percent", 12, {}, NumberKind::kPercent, kE, ""},
    // Money.
    {"The bridge cost $340 million.", "$340 million", 340000000, {}, NumberKind::kMoney, kE, "USD"},
    {"The deal is worth US$1.2bn.", "US$1.2bn", 1200000000, {}, NumberKind::kMoney, kE, "USD"},
    {"The fine was \u20ac110,000.", "\u20ac110,000", 110000, {}, NumberKind::kMoney, kE, "EUR"},
    {"Aid reached approximately 170 million US dollars.",
     "approximately 170 million US dollars",
     170000000,
     {},
     NumberKind::kMoney,
     Qualifier::kApprox,
     "USD"},
    {"The loan was AZN 5m.", "AZN 5m", 5000000, {}, NumberKind::kMoney, kE, "AZN"},
    {"A stamp costs 19 cents.", "19 cents", 19, {}, NumberKind::kMoney, kE, "cent"},
    {"Tickets cost 3 dollars 50 cents.",
     "3 dollars 50 cents",
     3.5,
     {},
     NumberKind::kMoney,
     kE,
     "dollar"},
    {"The bank lent 2.3 billion crowns.",
     "2.3 billion crowns",
     2300000000,
     {},
     NumberKind::kMoney,
     kE,
     "crown"},
    {"Mexico paid 40 million pesos.",
     "40 million pesos",
     40000000,
     {},
     NumberKind::kMoney,
     kE,
     "MXN"},
    {"The farm was sold for 2 million Mexican pesos.",
     "2 million Mexican pesos",
     2000000,
     {},
     NumberKind::kMoney,
     kE,
     "MXN"},
    // Qualifiers.
    {"More than 140 people fled.", "More than 140", 140, {}, kC, Qualifier::kMoreThan, ""},
    {"At least 12 houses burned.", "At least 12", 12, {}, kC, Qualifier::kAtLeast, ""},
    {"Up to 700 workers may go.", "Up to 700", 700, {}, kC, Qualifier::kAtMost, ""},
    {"Fewer than 30 remained.", "Fewer than 30", 30, {}, kC, Qualifier::kLessThan, ""},
    {"Nearly 20 states joined.", "Nearly 20", 20, {}, kC, Qualifier::kApprox, ""},
    {"There were 50 or so guests.", "50 or so", 50, {}, kC, Qualifier::kApprox, ""},
    {"A crowd of 10,000-plus gathered.", "10,000-plus", 10000, {}, kC, Qualifier::kAtLeast, ""},
    // Ranges.
    {"Between 30 and 40 boats sank.", "Between 30 and 40", 30, 40, NumberKind::kRange, kE, ""},
    {"It holds 30-40 boats.", "30-40", 30, 40, NumberKind::kRange, kE, ""},
    {"Rents went from 12,000 to 15,000 a year.", "from 12,000 to 15,000", 12000, 15000,
     NumberKind::kRange, kE, ""},
    {"The fee is $10 to $15 billion.", "$10 to $15 billion", 10e9, 15e9, NumberKind::kMoney, kE,
     "USD"},
    {"Growth of 5 to 7 per cent is expected.", "5 to 7 per cent", 5, 7, NumberKind::kPercent, kE,
     ""},
    {"Four to five thousand people marched.", "Four to five thousand", 4000, 5000,
     NumberKind::kRange, kE, ""},
    // Vague amounts.
    {"Hundreds were wounded.", "Hundreds", 100, 1000, NumberKind::kVague, Qualifier::kAtLeast, ""},
    {"Dozens of cars burned.", "Dozens", 12, 120, NumberKind::kVague, Qualifier::kAtLeast, ""},
    {"Tens of thousands marched.", "Tens of thousands", 10000, 100000, NumberKind::kVague,
     Qualifier::kAtLeast, ""},
    {"Several boats capsized.", "Several", 3, 12, NumberKind::kVague, Qualifier::kAtLeast, ""},
    // Numbers that are not counts.
    {"The war began in 1992 and ended later.", "1992", 1992, {}, NumberKind::kYear, kE, ""},
    {"Officials said 1993 people were evacuated.", "1993", 1993, {}, kC, kE, ""},
    {"The storm hit on March 3, 2021, at dawn.", "3", 3, {}, NumberKind::kDatePart, kE, ""},
    {"The siege of February 25\u201326 was long.", "25\u201326", 25, 26, NumberKind::kDatePart, kE,
     ""},
    {"The curfew starts at 11 p.m. sharp.", "11 p.m.", 23, {}, NumberKind::kTimeOfDay, kE, ""},
    {"The train left at 2.15pm today.", "2.15pm", 14.25, {}, NumberKind::kTimeOfDay, kE, ""},
    {"A 21-year-old striker scored.", "21", 21, {}, NumberKind::kAge, kE, ""},
    {"The ship is a 40-year-old vessel.", "40", 40, {}, NumberKind::kAge, kE, ""},
    {"The home side won 3-1 on Sunday.", "3-1", 3, 1, NumberKind::kScore, kE, ""},
    {"Take Route 4 north.", "4", 4, {}, NumberKind::kIdentifier, kE, ""},
    {"Flight 302 landed late.", "302", 302, {}, NumberKind::kIdentifier, kE, ""},
    {"The council passed Resolution 822 then.", "822", 822, {}, NumberKind::kIdentifier, kE, ""},
    {"Cases of COVID-19 rose.", "COVID-19", 19, {}, NumberKind::kIdentifier, kE, ""},
    {"Troops of the 12th Armoured Brigade moved.", "12th", 12, {}, NumberKind::kIdentifier, kE, ""},
    {"Call +44-20-7946-0018 now.", "+44-20-7946-0018", 44, {}, NumberKind::kPhone, kE, ""},
    {"The walls date from A.D. 1000 or earlier.", "1000", 1000, {}, NumberKind::kYear, kE, ""},
    {"It became a category 4 storm.", "4", 4, {}, NumberKind::kIdentifier, kE, ""},
    {"Reporter Jan Novak, 45, was hurt.", "45", 45, {}, NumberKind::kAge, kE, ""},
    {"Profit fell in the past three quarters.", "three", 3, {}, kC, kE, ""},
    {"Three quarters of voters agreed.", "Three quarters", 0.75, {}, NumberKind::kFraction, kE, ""},
    {"Output has grown for five quarters now.", "five", 5, {}, kC, kE, ""},
    {"The index looks two quarters ahead.", "two", 2, {}, kC, kE, ""},
    {"The unit lost 30 MUSD last year.", "30 MUSD", 30000000, {}, NumberKind::kMoney, kE, "USD"},
    {"The road is 2\u00bd miles long.", "2\u00bd", 2.5, {}, kC, kE, ""},
    {"He served 2 1/2 years.", "2 1/2", 2.5, {}, kC, kE, ""},
    {"About \u00be of it is paved.",
     "About \u00be",
     0.75,
     {},
     NumberKind::kFraction,
     Qualifier::kApprox,
     ""},
    {"More than 100 and fewer than 300 boats.", "More than 100 and fewer than 300", 100, 300,
     NumberKind::kRange, Qualifier::kMoreThan, ""},
    {"The district counted 12,34,567 voters.", "12,34,567", 1234567, {}, kC, kE, ""},
    {"sales rose 6 . 2 % to $ 1.4 billion .", "6 . 2 %", 6.2, {}, NumberKind::kPercent, kE, ""},
    {"Fares will rise by an average of 1500.", "1500", 1500, {}, kC, kE, ""},
    {"Analysts put the stock at $7/$9 a share.", "$7/$9", 7, 9, NumberKind::kMoney, kE, "USD"},
    {"The fee rises to 17 USD 25 next month.",
     "17 USD 25",
     17.25,
     {},
     NumberKind::kMoney,
     kE,
     "USD"},
    {"bonds of 7 3 / 4 % were sold .", "7 3 / 4 %", 7.75, {}, NumberKind::kPercent, kE, ""},
    {"the stand held 80 , 000 people .", "80 , 000", 80000, {}, kC, kE, ""},
    {"the notes are due nov . 6 , the bank said .", "6", 6, {}, NumberKind::kDatePart, kE, ""},
    {"He told BBC Radio Five Live on Sunday.", "Five", 5, {}, NumberKind::kIdentifier, kE, ""},
    {"The van goes 0-to-60 in nine seconds.", "0-to-60", 0, 60, NumberKind::kRange, kE, ""},
    {"Each flat has 32m2 of floor.", "32m2", 32, {}, kC, kE, ""},
    {"Plots run from 450 sq ft up to 900 sq ft.", "from 450 sq ft up to 900", 450, 900,
     NumberKind::kRange, kE, ""},
    {"The lap took 1:36.6 in the wet.", "1:36.6", 1.6, {}, NumberKind::kTimeOfDay, kE, ""},
    {"The road runs past 358 Elm Way and on.", "358", 358, {}, NumberKind::kIdentifier, kE, ""},
    {"The tally now equals 20 seats.", "equals 20", 20, 20, kC, kE, ""},
    {"Its output is equal to 1,500 homes.", "equal to 1,500", 1500, 1500, kC, kE, ""},
    {"The town got one twenty-fifth of the aid.",
     "one twenty-fifth",
     0.04,
     {},
     NumberKind::kFraction,
     kE,
     ""},
    {"Farmers own twelve twenty-fifths of the land.",
     "twelve twenty-fifths",
     0.48,
     {},
     NumberKind::kFraction,
     kE,
     ""},
    {"The gauge read two and fifty-four hundredths.",
     "two and fifty-four hundredths",
     2.54,
     {},
     kC,
     kE,
     ""},
    {"The dial read one hundred and twelve fifths.",
     "one hundred and twelve fifths",
     22.4,
     {},
     kC,
     kE,
     ""},
    {"He served 3  1/2 years.", "3  1/2", 3.5, {}, kC, kE, ""},
    {"It cost a hundred thousand dollars or so.",
     "a hundred thousand dollars or so",
     100000,
     {},
     NumberKind::kMoney,
     Qualifier::kApprox,
     "dollar"},
    {"They lent hundred thousand pounds.",
     "hundred thousand pounds",
     100000,
     {},
     NumberKind::kMoney,
     kE,
     "GBP"},
    {"The club sits between the fourth and the ninth places.", "between the fourth and the ninth",
     4, 9, NumberKind::kOrdinal, kE, ""},
    {"Turnout was above one quarter and below a half.", "above one quarter and below a half", 0.25,
     0.5, NumberKind::kRange, Qualifier::kMoreThan, ""},
    {"Fees fell by a third for most pupils.",
     "a third",
     1.0 / 3,
     {},
     NumberKind::kFraction,
     kE,
     ""},
    {"It was a third and final try.", "third", 3, {}, NumberKind::kOrdinal, kE, ""},
    {"Work on phase two of the line starts.", "two", 2, {}, NumberKind::kIdentifier, kE, ""},
    {"The band won best new act two years later.", "two", 2, {}, kC, kE, ""},
    {"the bonds are due december 15 , the firm said .",
     "15",
     15,
     {},
     NumberKind::kDatePart,
     kE,
     ""},
    {"Its share is less or equal than 35 units.",
     "less or equal than 35",
     35,
     {},
     kC,
     Qualifier::kAtMost,
     ""},
    {"the yen rose 0 . 0085 .", "0 . 0085", 0.0085, {}, kC, kE, ""},
    {"It was 4 thousand and 0 more.", "4 thousand", 4000, {}, kC, kE, ""},
    {"The firm found a 4bn-euro hole.", "4bn-euro", 4e9, {}, NumberKind::kMoney, kE, "EUR"},
    {"She dropped a one-yen coin.", "one-yen", 1, {}, NumberKind::kMoney, kE, "JPY"},
    {"It was a multibillion-dollar deal.", "multibillion-dollar", 2e9, 1e10, NumberKind::kVague,
     Qualifier::kAtLeast, "dollar"},
    {"The bank will report its 2024 earnings soon.", "2024", 2024, {}, NumberKind::kYear, kE, ""},
    {"Prices are well above 2019's level.", "2019", 2019, {}, NumberKind::kYear, kE, ""},
    {"Rules apply from 2027 onwards.", "2027", 2027, {}, NumberKind::kYear, kE, ""},
    {"Buyers must wait until at least 2031 for it.", "2031", 2031, {}, NumberKind::kYear, kE, ""},
    {"Exports grew more than fivefold.", "more than fivefold", 5, {}, kC, Qualifier::kMoreThan, ""},
    {"Almost one in six voters stayed home.",
     "Almost one in six",
     1.0 / 6,
     {},
     NumberKind::kFraction,
     Qualifier::kApprox,
     ""},
    {"Help lines now run 24/7 in the city.", "24/7", 24, {}, NumberKind::kIdentifier, kE, ""},
    {"Only 1/7 of the loan was repaid.", "1/7", 1.0 / 7, {}, NumberKind::kFraction, kE, ""},
    {"Borrowing will fall by 2026/27 at the latest.", "2026/27", 2026, 2027, NumberKind::kYear, kE,
     ""},
    {"Nearly half said no.", "Nearly half", 0.5, {}, NumberKind::kFraction, Qualifier::kApprox, ""},
    {"Squads may name 11 or more than 11 players.", "11", 11, {}, kC, kE, ""},
    {"Two out of five hundred pupils passed.",
     "Two out of five hundred",
     0.004,
     {},
     NumberKind::kFraction,
     kE,
     ""},
};

TEST(NumberRecognizer, TeamNamesAndJerseyNumbersAreIdentifiers) {
  std::vector<NumberMention> found = Find("The fans cheered the visiting 76ers all night.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, NumberKind::kIdentifier);
  EXPECT_EQ(found[0].rule, "identifier_suffix");
  // A unit glued to the digits stays a count.
  found = Find("The rebuilt coupe makes 610bhp now.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, NumberKind::kCardinal);

  found = Find("Rovers striker Tom Okafor (9) heads the ball home.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, NumberKind::kIdentifier);
  EXPECT_EQ(found[0].rule, "identifier_bracket_name");
  // Counts by place in a list, or a bracket closing a clause, stay counts.
  for (const char* text :
       {"Deaths were reported in Kabul (12), Kandahar (5) and Herat.",
        "The toll rose in North Darfur (14) overnight.", "The list named Tom Okafor (9)."}) {
    found = Find(text);
    ASSERT_FALSE(found.empty()) << text;
    for (const NumberMention& m : found) EXPECT_EQ(m.kind, NumberKind::kCardinal) << text;
  }
}

TEST(NumberRecognizer, HouseNumberBeforeACompassAndNumberedStreet) {
  std::vector<NumberMention> found = Find("The firm moved to 250 W 34th St last spring.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, NumberKind::kIdentifier);
  EXPECT_EQ(found[0].rule, "identifier_street");
  // A count before a compass point stays a count.
  found = Find("Some 40 E 3rd graders and 12 N 5th floors.");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].kind, NumberKind::kCardinal);
}

TEST(NumberRecognizer, PsBeforeAnAmountIsThePoundSignFoldedToAscii) {
  for (const char* text : {"The club paid PS3.4m for him.", "Rent rose to PS1,450 a month.",
                           "It cost PS12bn in all."}) {
    std::vector<NumberMention> found = Find(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].kind, NumberKind::kMoney) << text;
    EXPECT_EQ(found[0].unit, "GBP") << text;
  }
  EXPECT_EQ(Find("The club paid PS3.4m for him.")[0].value, 3400000);
  // A console name stays a name.
  std::vector<NumberMention> found = Find("He still plays his old PS3 at night.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, NumberKind::kIdentifier);
}

TEST(NumberRecognizer, SpacedCapitalBBeforeACountedNounIsBillions) {
  std::vector<NumberMention> found = Find("The world may hold about 9 B people by then.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 9e9);
  EXPECT_EQ(found[0].qualifier, Qualifier::kApprox);
  // Not before "of", a capital or a singular noun.
  for (const char* text : {"Under clause 4 B of the act it is void.", "They met at Gate 7 B today.",
                           "Pupils of class 5 B study here."}) {
    found = Find(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_LT(found[0].value, 10) << text;
  }
}

TEST(NumberRecognizer, ReadsEachCase) {
  for (const Case& c : kCases) {
    std::string text = c.text;
    std::vector<NumberMention> found = Find(text);
    const NumberMention* hit = nullptr;
    for (const NumberMention& m : found)
      if (text.substr(m.start, m.end - m.start) == c.span) hit = &m;
    ASSERT_NE(hit, nullptr) << c.text << " -> no item \"" << c.span << "\"";
    EXPECT_NEAR(hit->value, c.value, 1e-9 * std::max(1.0, std::fabs(c.value))) << c.text;
    EXPECT_EQ(hit->value_high.has_value(), c.high.has_value()) << c.text;
    if (c.high && hit->value_high) {
      EXPECT_NEAR(*hit->value_high, *c.high, 1e-6) << c.text;
    }
    EXPECT_EQ(NumberKindName(hit->kind), NumberKindName(c.kind)) << c.text;
    EXPECT_EQ(QualifierName(hit->qualifier), QualifierName(c.qualifier)) << c.text;
    EXPECT_EQ(hit->unit, c.unit) << c.text;
    EXPECT_FALSE(hit->rule.empty()) << c.text;
  }
}

TEST(NumberRecognizer, AmbiguousCurrencyTakesTheNamedCountry) {
  std::string text =
      "Azerbaijan says the damage came to more than 140 million manats, the ministry said.";
  std::vector<NumberMention> found = Find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].unit, "AZN");
  EXPECT_EQ(found[0].qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(found[0].value, 140000000);
  // With no country named the unit stays the word.
  found = Find("The fine was 40 million manats.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].unit, "manat");
}

TEST(NumberRecognizer, ValueSpanIsTheNumeralAlone) {
  std::string text = "Aid reached approximately 170 million US dollars.";
  std::vector<NumberMention> found = Find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].value_start, found[0].value_end - found[0].value_start),
            "170 million");
}

TEST(NumberRecognizer, ShortNumbersGluedByCommasAreAList) {
  std::vector<NumberMention> found = Find("See pages 4,7,12,19 of the report.");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[3].value, 19);
  // A malformed group is still no number of its own.
  found = Find("The index lost 5,00 points.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, 5);
}

TEST(NumberRecognizer, PronounOneIsNotACount) {
  EXPECT_TRUE(Find("Which one do you prefer?").empty());
  EXPECT_EQ(Find("Only one of the boats returned.").size(), 1u);
  EXPECT_TRUE(Find("She sat in the next but one row.").empty());
  // "only one in five" is a proportion, "all but one" a count.
  std::vector<NumberMention> found = Find("Only one in four homes has power.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, NumberKind::kFraction);
  EXPECT_DOUBLE_EQ(found[0].value, 0.25);
  EXPECT_EQ(Find("All but one crew member survived.").size(), 1u);
}

TEST(NumberRecognizer, NumberWordsInCompoundModifiersAreNames) {
  EXPECT_TRUE(Find("The car has a six-speed gearbox.").empty());
  // Digits in a compound stay amounts; so do ages.
  EXPECT_EQ(Find("They fought a 44-day war.").size(), 1u);
  std::vector<NumberMention> age = Find("A three-year-old boy was found.");
  ASSERT_EQ(age.size(), 1u);
  EXPECT_EQ(age[0].kind, NumberKind::kAge);
}

TEST(NumberRecognizer, CountChangeThenLevelIsNotARange) {
  std::vector<NumberMention> found = Find("Jobless claims rose 24,000 to 1.3 million.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, 24000);
  EXPECT_FALSE(found[0].value_high.has_value());
  // Ends of like size stay a range.
  found = Find("Crowds rose 30,000 to 40,000 a day.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, NumberKind::kRange);
}

TEST(NumberRecognizer, ChangeThenLevelIsNotARange) {
  std::vector<NumberMention> found = Find("Shares rose 6.5% to 164p on Monday.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, NumberKind::kPercent);
  EXPECT_EQ(found[1].kind, NumberKind::kMoney);
  EXPECT_EQ(found[1].unit, "pence");
}

TEST(NumberRecognizer, DecadesAndUrlsAreLeftAlone) {
  EXPECT_TRUE(Find("In the 1990s the town grew.").empty());
  EXPECT_TRUE(Find("See https://example.org/a/2021/10/item-55 for more.").empty());
}

TEST(NumberRecognizer, BadInputGivesASaneReadingOrNone) {
  const char* inputs[] = {"1,,000", "1.2.3", "abc123def", "--5",
                          "$",      "%%",    "1/0",       "99999999999999999999999999999",
                          ".",      "-",     "a b c"};
  for (const char* in : inputs) {
    std::vector<NumberMention> found = Find(in);
    for (const NumberMention& m : found) {
      EXPECT_LE(m.end, std::string_view(in).size()) << in;
      EXPECT_TRUE(std::isfinite(m.value)) << in;
    }
  }
  std::string digits(10000, '7');
  std::string word(10000, 'x');
  EXPECT_TRUE(Find(digits).empty());
  EXPECT_TRUE(Find(word).empty());
}

TEST(NumberRecognizer, OrdinalRangeCutOffAtTheEnd) {
  // The text ends after "and the": no second end to read.
  std::vector<NumberMention> found = Find("It ranks between the tenth and the");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, NumberKind::kOrdinal);
}

TEST(NumberRecognizer, ItemsAreSortedAndNeverOverlap) {
  std::string text =
      "On February 25\u201326, 1992, more than 600 of the town's 8,000 people died; "
      "hundreds of thousands fled, and $1.2bn (approximately 170 million US dollars) "
      "was pledged by 24 states between 2020 and 2023, 3-1, Route 66.";
  std::vector<NumberMention> found = Find(text);
  ASSERT_GT(found.size(), 5u);
  for (size_t i = 0; i < found.size(); ++i) {
    EXPECT_LT(found[i].start, found[i].end);
    EXPECT_LE(found[i].start, found[i].value_start);
    EXPECT_LE(found[i].value_end, found[i].end);
    if (i > 0) {
      EXPECT_LE(found[i - 1].end, found[i].start);
    }
  }
}

TEST(NumberRecognizer, CreateFailsOnAMalformedLexicon) {
  std::string dir = ::testing::TempDir() + "/numbers_lex";
  std::string cmd = "mkdir -p " + dir + "/numbers";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  FILE* f = std::fopen((dir + "/numbers/qualifiers.tsv").c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("about\tsideways\tapprox\n", f);
  std::fclose(f);
  NumberOptions options;
  options.lexicon_dir = dir;
  auto rec = NumberRecognizer::Create(options);
  ASSERT_FALSE(rec.ok());
  EXPECT_NE(rec.status().message().find("qualifiers.tsv line 1"), std::string::npos)
      << rec.status().message();
}

TEST(WriteNumbersJson, WritesFieldsInOrder) {
  std::string text = "Nearly 20 states.";
  std::vector<NumberMention> found = Find(text);
  std::string out;
  JsonWriter w(&out);
  WriteNumbersJson(text, found, /*explain=*/true, &w);
  EXPECT_EQ(out,
            "[{\"start\":0,\"end\":9,\"text\":\"Nearly 20\",\"value\":20,\"value_high\":null,"
            "\"kind\":\"cardinal\",\"qualifier\":\"approx\",\"unit\":null,\"rule\":\"digits\","
            "\"value_start\":7,\"value_end\":9,\"trail\":[\"digits\",\"qualifier_before\"]}]");
}

TEST(NumberKindName, Names) {
  EXPECT_EQ(NumberKindName(NumberKind::kDatePart), "date_part");
  EXPECT_EQ(NumberKindName(NumberKind::kTimeOfDay), "time_of_day");
  EXPECT_EQ(QualifierName(Qualifier::kMoreThan), "more_than");
  EXPECT_EQ(QualifierName(Qualifier::kAtLeast), "at_least");
}

}  // namespace
}  // namespace dossier
