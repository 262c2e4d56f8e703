// Splits text into the small tokens the time grammar reads: words (looked up
// once in the time lexicon), digit runs (with ordinal or decade suffixes
// noted) and single punctuation marks, dashes and apostrophes folded to '-'
// and '\''. Linear, no allocation besides the output vector. It does not
// understand dates; the rules in matcher.h do.
#ifndef DOSSIER_EXTRACT_TIMES_SCANNER_H_
#define DOSSIER_EXTRACT_TIMES_SCANNER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/types.h"
#include "extract/times/time_lexicon.h"

namespace dossier::times {

enum class TokKind : uint8_t { kWord, kNumber, kPunct };

// Bits of Tok::flags.
enum TokFlag : uint16_t {
  kSpaceBefore = 1u << 0,    // white space between this token and the previous one
  kNewlineBefore = 1u << 1,  // a line break in that white space
  kCapital = 1u << 2,        // word starting with an upper-case letter
  kOrdinal = 1u << 3,        // "34th", "34rd"
  kDecade = 1u << 4,         // "1990s", "90s"
  kSeparated = 1u << 5,      // digits with inner ',' or '.': "1,993", "26.02.1992"
  kAllCaps = 1u << 6,        // word with every letter upper-case
  kMayStart = 1u << 7,       // a number, an apostrophe before digits, a time word or "the"/"a"/"an"
};

struct Tok {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;
  TokKind kind = TokKind::kWord;
  char punct = 0;  // for kPunct: the character ('-' for every dash)
  uint16_t flags = 0;
  uint8_t digits = 0;              // for kNumber: count of leading digits before a separator
  int32_t value = -1;              // for kNumber: value of the leading digits (capped near 10^9)
  const WordInfo* info = nullptr;  // for kWord: lexicon entry or nullptr
};

// Appends the tokens of text to *out (cleared first). `sentences` gives each
// token its sentence index (0 when empty).
void ScanTokens(std::string_view text, const std::vector<Sentence>& sentences,
                const TimeLexicon& lexicon, std::vector<Tok>* out);

}  // namespace dossier::times

#endif  // DOSSIER_EXTRACT_TIMES_SCANNER_H_
