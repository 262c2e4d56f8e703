// A deliberately small number recogniser for the claim layer's unit tests
// (see test_numbers.h). Quadratic corners are fine here; it only reads test
// sentences.
#include "extract/claims/test_numbers.h"

#include <cctype>
#include <string>

namespace dossier::claims::testing {
namespace {

struct Word {
  size_t start, end;
  std::string lower;
};

std::vector<Word> Words(std::string_view t) {
  std::vector<Word> w;
  size_t i = 0;
  while (i < t.size()) {
    unsigned char c = t[i];
    if (std::isalnum(c) || c == '$') {
      size_t j = i + 1;
      while (j < t.size() && (std::isalnum(static_cast<unsigned char>(t[j])) ||
                              ((t[j] == ',' || t[j] == '.' || t[j] == '-') && j + 1 < t.size() &&
                               std::isalnum(static_cast<unsigned char>(t[j + 1]))))) {
        ++j;
      }
      Word x{i, j, std::string(t.substr(i, j - i))};
      for (char& ch : x.lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      w.push_back(x);
      i = j;
    } else {
      ++i;
    }
  }
  return w;
}

int Unit(std::string_view w) {
  static const char* kUnits[] = {"zero",    "one",     "two",       "three",    "four",
                                 "five",    "six",     "seven",     "eight",    "nine",
                                 "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                 "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int k = 0; k < 20; ++k) {
    if (w == kUnits[k]) return k;
  }
  static const char* kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                "sixty",  "seventy", "eighty", "ninety"};
  for (int k = 0; k < 8; ++k) {
    if (w == kTens[k]) return 20 + 10 * k;
  }
  return -1;
}

// "twenty-five", "seven", "125", "1,275", "2.5"; -1 when not a number.
double WordValue(std::string_view w) {
  size_t dash = w.find('-');
  if (dash != std::string_view::npos && !std::isdigit(static_cast<unsigned char>(w[0]))) {
    int a = Unit(w.substr(0, dash)), b = Unit(w.substr(dash + 1));
    return a >= 20 && b > 0 && b < 10 ? a + b : -1;
  }
  int u = Unit(w);
  if (u >= 0) return u;
  std::string digits;
  for (char c : w) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
      digits.push_back(c);
    } else if (c != ',') {
      return -1;
    }
  }
  return digits.empty() ? -1 : std::stod(digits);
}

double Scale(std::string_view w) {
  if (w == "hundred") return 100;
  if (w == "thousand") return 1e3;
  if (w == "million") return 1e6;
  if (w == "billion") return 1e9;
  return 0;
}

double Vague(std::string_view w) {
  if (w == "dozens") return 24;
  if (w == "hundreds") return 100;
  if (w == "thousands") return 1000;
  if (w == "tens") return 10;
  return 0;
}

}  // namespace

void TestNumbers(std::string_view text, std::vector<NumberMention>* out) {
  std::vector<Word> w = Words(text);
  for (size_t i = 0; i < w.size(); ++i) {
    NumberMention m;
    m.start = w[i].start;
    size_t q = i;
    Qualifier qual = Qualifier::kExact;
    auto is = [&](size_t k, std::string_view s) { return k < w.size() && w[k].lower == s; };
    if (is(q, "about") || is(q, "approximately") || is(q, "some") || is(q, "nearly") ||
        is(q, "around")) {
      qual = Qualifier::kApprox;
      ++q;
    } else if ((is(q, "more") || is(q, "over")) &&
               is(q + (is(q, "more") ? 1 : 0), is(q, "more") ? "than" : "over")) {
      qual = Qualifier::kMoreThan;
      q += is(q, "more") ? 2 : 1;
    } else if (is(q, "at") && is(q + 1, "least")) {
      qual = Qualifier::kAtLeast;
      q += 2;
    } else if (is(q, "up") && is(q + 1, "to")) {
      qual = Qualifier::kAtMost;
      q += 2;
    }
    if (q >= w.size()) continue;
    std::string_view lw = w[q].lower;
    bool dollar = !lw.empty() && lw[0] == '$';
    if (dollar) lw.remove_prefix(1);
    double v = WordValue(lw);
    size_t age = lw.find("-year-old");
    if (age != std::string_view::npos) v = WordValue(lw.substr(0, age));
    double vague = Vague(lw);
    if (v < 0 && vague == 0) continue;
    m.value_start = w[q].start + (dollar ? 1 : 0);
    size_t e = q + 1;
    m.kind = NumberKind::kCardinal;
    if (vague > 0) {
      m.kind = NumberKind::kVague;
      v = vague;
      if (is(e, "of") && e + 1 < w.size() && Vague(w[e + 1].lower) > 0) {
        v *= Vague(w[e + 1].lower);
        e += 2;
      }
    } else {
      while (e < w.size() && Scale(w[e].lower) > 0) v *= Scale(w[e++].lower);
    }
    m.value_end = w[e - 1].end;
    m.value = v;
    m.qualifier = qual;
    if (dollar) {
      m.kind = NumberKind::kMoney;
      m.unit = "USD";
    } else if (is(e, "euros")) {
      m.kind = NumberKind::kMoney;
      m.unit = "EUR";
      ++e;
    } else if (is(e, "us") && is(e + 1, "dollars")) {
      m.kind = NumberKind::kMoney;
      m.unit = "USD";
      e += 2;
    } else if (is(e, "dollars")) {
      m.kind = NumberKind::kMoney;
      m.unit = "USD";
      ++e;
    } else if (is(e, "percent")) {
      m.kind = NumberKind::kPercent;
      ++e;
    } else if (w[q].lower.find("-year-old") != std::string::npos) {
      m.kind = NumberKind::kAge;
    } else if (v >= 1900 && v <= 2099 && w[q].lower.size() == 4 && qual == Qualifier::kExact) {
      m.kind = NumberKind::kYear;
    }
    if (w[q].lower.find("-year-old") != std::string::npos) m.kind = NumberKind::kAge;
    m.end = w[e - 1].end;
    m.rule = "test";
    out->push_back(m);
    i = e - 1;
  }
}

void TestSentences(std::string_view text, std::vector<Sentence>* out) {
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool end = i == text.size() || text[i] == '\n' ||
               ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
                (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'));
    if (!end) continue;
    size_t stop = i < text.size() && text[i] != '\n' ? i + 1 : i;
    while (start < stop && text[start] == ' ') ++start;
    if (stop > start) out->push_back(Sentence{start, stop});
    start = i + 1;
  }
}

}  // namespace dossier::claims::testing
