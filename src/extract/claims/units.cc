// Splits a sentence into units for the claim rules: words (letters and
// digits with inner hyphens), single punctuation characters (a UTF-8
// sequence from the General Punctuation block, such as a dash or curly
// quote, counts as one) and number mentions taken whole from the number
// layer. Linear in the sentence length; no allocation besides *out.
#include "extract/claims/units.h"

namespace dossier::claims {
namespace {

inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the UTF-8 sequence that starts with byte c (1 for stray bytes).
size_t SeqLen(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// Non-ASCII sequences that are punctuation or space: U+00A0..U+00BF (C2
// A0-BF), U+00D7 and U+00F7, and the General Punctuation block U+2000..U+206F
// (E2 80-81 xx).
bool IsNonAsciiPunct(std::string_view t, size_t i) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  if (i + 1 >= t.size()) return true;
  unsigned char d = static_cast<unsigned char>(t[i + 1]);
  if (c == 0xC2 && d >= 0xA0 && d <= 0xBF) return true;
  if (c == 0xC3 && (d == 0x97 || d == 0xB7)) return true;
  if (c == 0xE2 && (d == 0x80 || d == 0x81)) return true;
  return false;
}

inline bool IsWordByte(std::string_view t, size_t i) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return IsAsciiAlnum(c);
  return !IsNonAsciiPunct(t, i);
}

bool IsNbsp(std::string_view t, size_t i) {
  return i + 1 < t.size() && static_cast<unsigned char>(t[i]) == 0xC2 &&
         static_cast<unsigned char>(t[i + 1]) == 0xA0;
}

}  // namespace

void LowerAscii(std::string_view text, std::string* out) {
  out->resize(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    (*out)[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
}

void BuildUnits(std::string_view text, std::string_view lower, size_t begin, size_t end,
                const std::vector<NumberMention>& numbers, size_t* next_number,
                std::vector<Unit>* out) {
  size_t k = *next_number;
  while (k < numbers.size() && numbers[k].start < begin) ++k;
  size_t i = begin;
  while (i < end) {
    while (k < numbers.size() && numbers[k].end <= i) ++k;
    size_t next_num = k < numbers.size() ? numbers[k].start : std::string_view::npos;
    if (i >= next_num) {
      const NumberMention& n = numbers[k];
      size_t e = n.end < end ? n.end : end;
      bool money = n.kind == NumberKind::kMoney;
      bool count = n.value >= 0 && (money || n.kind == NumberKind::kCardinal ||
                                    n.kind == NumberKind::kVague || n.kind == NumberKind::kRange);
      out->push_back(Unit{static_cast<uint32_t>(i), static_cast<uint32_t>(e), UnitKind::kNumber,
                          false, count, money, static_cast<int32_t>(k),
                          lower.substr(i - begin, e - i)});
      i = e;
      ++k;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (IsNbsp(text, i)) {
      i += 2;
      continue;
    }
    size_t limit = next_num < end ? next_num : end;
    if (IsWordByte(text, i)) {
      size_t j = i;
      while (j < limit) {
        if (IsWordByte(text, j)) {
          j += SeqLen(static_cast<unsigned char>(text[j]));
        } else if (text[j] == '-' && j + 1 < limit && IsWordByte(text, j + 1)) {
          ++j;
        } else {
          break;
        }
      }
      if (j > limit) j = limit;
      out->push_back(Unit{static_cast<uint32_t>(i), static_cast<uint32_t>(j), UnitKind::kWord,
                          c >= 'A' && c <= 'Z', false, false, -1, lower.substr(i - begin, j - i)});
      i = j;
      continue;
    }
    size_t len = SeqLen(c);
    if (i + len > end) len = end - i;
    out->push_back(Unit{static_cast<uint32_t>(i), static_cast<uint32_t>(i + len), UnitKind::kPunct,
                        false, false, false, -1, lower.substr(i - begin, len)});
    i += len;
  }
  *next_number = k;
}

}  // namespace dossier::claims
