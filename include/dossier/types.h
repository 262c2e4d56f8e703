// dossier/types.h: the plain structs the stages pass to each other.
//
// A Document is one news report after ingest: metadata plus its plain text
// (NFC, valid UTF-8). Every offset anywhere in dossier is a byte offset into
// Document::text, half-open [start, end). Later stages add their own mention
// types in their own headers (numbers.h, times.h, ...); this file holds what
// every stage shares. Nothing here owns a resource besides its strings.
#ifndef DOSSIER_TYPES_H_
#define DOSSIER_TYPES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dossier {

// A half-open byte range [start, end) into a document's text.
struct Span {
  size_t start = 0;
  size_t end = 0;
  [[nodiscard]] size_t size() const { return end - start; }
  bool operator==(const Span&) const = default;
};

struct Sentence {
  size_t start = 0;
  size_t end = 0;
  bool operator==(const Sentence&) const = default;
};

struct Paragraph {
  size_t start = 0;
  size_t end = 0;
  bool operator==(const Paragraph&) const = default;
};

enum class TokenKind : uint8_t {
  kWord,    // letters, with inner apostrophes and hyphens ("don't", "so-called")
  kNumber,  // digits with inner separators ("1,275", "2.5", "34th")
  kPunct,   // any other single visible character
};

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool operator==(const Token&) const = default;
};

// Where a document's reference date came from.
enum class DateOrigin : uint8_t {
  kNone,      // no date known
  kMetadata,  // front matter, JSONL field or HTML meta tag
  kDetected,  // found in the first lines of the text
  kCli,       // --date on the command line
};
std::string_view DateOriginName(DateOrigin origin);

// A calendar date; year 0 means unknown.
struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  [[nodiscard]] bool valid() const { return year != 0 && month != 0 && day != 0; }
  bool operator==(const CivilDate&) const = default;
};
// Parses "YYYY-MM-DD" (a longer ISO timestamp is cut to its date). Returns an
// invalid CivilDate when the text is not such a date or the day does not exist.
CivilDate ParseIsoDate(std::string_view text);
// "YYYY-MM-DD"; empty when !date.valid().
std::string FormatIsoDate(const CivilDate& date);
int DaysInMonth(int year, int month);

struct Document {
  std::string id;
  std::string source;  // the outlet, when known
  std::string title;
  std::string url;
  std::string date;  // "YYYY-MM-DD" or empty
  DateOrigin date_origin = DateOrigin::kNone;
  std::string text;  // NFC, valid UTF-8; what every offset points into
  // Metadata keys not named above, in input order.
  std::vector<std::pair<std::string, std::string>> metadata;
  std::vector<std::string> warnings;
  std::string origin;  // the file (and line) it came from, for messages
};

}  // namespace dossier

#endif  // DOSSIER_TYPES_H_
