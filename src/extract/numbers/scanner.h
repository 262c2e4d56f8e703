// extract/numbers/scanner.h: the Scanner class shared by recognizer.cc
// (reading expressions) and context.cc (patterns, currencies and kinds).
// Private to the number layer.
#ifndef DOSSIER_EXTRACT_NUMBERS_SCANNER_H_
#define DOSSIER_EXTRACT_NUMBERS_SCANNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/numbers.h"
#include "extract/numbers/scan.h"

namespace dossier::numbers {

// One numeral with what is written on it: currency and percent.
struct Core {
  size_t tb = 0, te = 0;  // tokens, currency included
  Numeral num;
  bool percent = false;
  bool money = false;
  std::string_view code;      // ISO code or sub-unit word; empty when unknown
  std::string_view currency;  // the ambiguous currency word when code is empty
  size_t currency_tok = 0;    // token of a currency name after the number
  std::string_view money_rule;
};

enum class Conn { kNone, kDash, kTo, kAnd, kOr, kOutOf };

class Scanner {
 public:
  Scanner(const Ctx& c, std::vector<NumberMention>* out) : c_(c), out_(out) {}
  void Run(const std::vector<uint32_t>& starts);

 private:
  // recognizer.cc
  bool TryAt(size_t i);
  bool NotAnAmount(size_t i, Core* a);
  [[nodiscard]] bool OneInN(size_t k) const;
  [[nodiscard]] bool PronounOne(size_t i, const Core& a) const;
  [[nodiscard]] bool BareHalf(size_t i, const Core& a) const;
  [[nodiscard]] size_t BoundNumeral(size_t k) const;
  [[nodiscard]] bool OrdinalsBetween(const Core& a, size_t t) const;
  [[nodiscard]] bool CountChangeThenLevel(const Core& a, const Core& b) const;
  [[nodiscard]] bool StartsAnotherComparison(size_t te, size_t after) const;
  size_t HyphenCurrency(size_t k, Core* core);
  [[nodiscard]] bool ListItem(size_t i) const;
  void ShareRangeParts(Conn conn, Core* a, Core* b);
  void JoinBounds(const Core& a);
  [[nodiscard]] bool MayStart(size_t i) const;
  bool ReadCore(size_t i, Core* core);
  void ReadPercentOrCurrency(Core* core);
  void ReadMinorUnits(Core* core);
  bool TryRange(const Core& a, Core* b, Conn* conn, size_t* range_tb);
  bool TryVague(size_t i);
  // Byte start or npos; *equal (when given) tells an "equal to" phrase.
  size_t QualifierBefore(size_t tb, Qualifier* q, bool* equal = nullptr) const;
  void TakeQualifierBefore(size_t tb, NumberMention* m) const;
  size_t MatchQualifierBefore(const std::vector<const Phrase*>& phrases, size_t origin,
                              Qualifier* q, bool* equal) const;
  size_t QualifierAfter(size_t te, Qualifier* q) const;  // byte end or npos
  void Emit(const Core& a, const Core* b, Conn conn, size_t range_tb);
  void EmitSimple(size_t tb, size_t te, double value, NumberKind kind, std::string_view rule);

  // context.cc
  bool TryPatterns(size_t i);  // times, dates, phones, slash fractions
  bool TryTime(size_t i);
  bool TryDate(size_t i);
  bool TryPhone(size_t i);
  bool TryOtherSlash(size_t i);
  [[nodiscard]] bool MonthBefore(size_t nb) const;
  [[nodiscard]] bool AgeAppositive(const Core& a) const;
  [[nodiscard]] bool YearLike(const Numeral& n) const;
  [[nodiscard]] bool YearWhateverAround(size_t tb, size_t te) const;
  [[nodiscard]] bool AfterYear(size_t tb) const;
  bool TryGluedIdentifier(size_t i);
  bool CurrencyBefore(size_t i, size_t* num_tok, Core* core);
  bool CurrencyAfter(size_t j, Core* core);
  bool MinorAfterCode(size_t j, Core* core);
  std::string_view ResolveCurrency(std::string_view word, size_t name_tok);
  NumberKind Classify(const Core& a, const Core* b, Conn conn, std::string_view* rule) const;
  [[nodiscard]] bool MonthAt(size_t k) const;
  [[nodiscard]] bool IsAgeAfter(size_t te) const;
  [[nodiscard]] bool IsAgeBefore(size_t tb) const;
  [[nodiscard]] bool SportsNear(size_t tb, size_t te) const;
  [[nodiscard]] bool SetScoresNear(size_t tb, size_t te) const;
  [[nodiscard]] bool IdentAfter(size_t te) const;
  [[nodiscard]] bool IdentBefore(size_t tb) const;
  [[nodiscard]] bool EraNear(size_t nb, size_t te) const;
  [[nodiscard]] bool CountedNounAfter(size_t te) const;
  [[nodiscard]] bool NameBefore(size_t nb) const;
  [[nodiscard]] bool NumberAfterName(size_t tb, size_t te) const;
  [[nodiscard]] bool StreetAfter(size_t te) const;
  [[nodiscard]] bool PoundAsPs(size_t i) const;
  [[nodiscard]] bool NameAfter(size_t te) const;
  [[nodiscard]] bool YearCueBefore(size_t tb) const;

  const Ctx& c_;
  std::vector<NumberMention>* out_;
  size_t next_ = 0;      // the first token not yet read
  size_t last_end_ = 0;  // byte end of the last item
  // Per-text cache of resolved ambiguous currency words.
  std::vector<std::pair<std::string_view, std::string_view>> resolved_;
  std::vector<std::string_view> trail_;  // steps of the item being built
};

}  // namespace dossier::numbers

#endif  // DOSSIER_EXTRACT_NUMBERS_SCANNER_H_
