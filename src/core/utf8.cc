// UTF-8 decoding and repair; see utf8.h.
#include "core/utf8.h"

namespace dossier {

// The well-formed sequences of Unicode's table 3-7: the lead byte gives
// the length and the range of the second byte (narrower after E0, ED, F0
// and F4: no overlong forms, surrogates or code points past U+10FFFF); the
// other bytes are continuation bytes.
size_t ValidUtf8SequenceLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  size_t len = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    lo = c == 0xE0 ? 0xA0 : lo;
    hi = c == 0xED ? 0x9F : hi;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    lo = c == 0xF0 ? 0x90 : lo;
    hi = c == 0xF4 ? 0x8F : hi;
  } else {
    return 0;
  }
  if (s.size() - i < len) return 0;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (size_t k = 2; k < len; ++k) {
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  }
  return len;
}

size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  size_t len = ValidUtf8SequenceLength(s, i);
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  switch (len) {
    case 1:
      *cp = at(i);
      return 1;
    case 2:
      *cp = ((at(i) & 0x1F) << 6) | (at(i + 1) & 0x3F);
      return 2;
    case 3:
      *cp = ((at(i) & 0x0F) << 12) | ((at(i + 1) & 0x3F) << 6) | (at(i + 2) & 0x3F);
      return 3;
    case 4:
      *cp = ((at(i) & 0x07) << 18) | ((at(i + 1) & 0x3F) << 12) | ((at(i + 2) & 0x3F) << 6) |
            (at(i + 3) & 0x3F);
      return 4;
    default:
      *cp = 0xFFFD;
      return 1;
  }
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t RepairUtf8(std::string_view s, std::string* out) {
  size_t repaired = 0;
  out->reserve(out->size() + s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t run = i;
    while (run < s.size() && static_cast<unsigned char>(s[run]) < 0x80) ++run;
    out->append(s.data() + i, run - i);
    i = run;
    if (i >= s.size()) break;
    size_t len = ValidUtf8SequenceLength(s, i);
    if (len == 0) {
      out->append("\xEF\xBF\xBD");
      ++repaired;
      ++i;
    } else {
      out->append(s.data() + i, len);
      i += len;
    }
  }
  return repaired;
}

bool LooksBinary(std::string_view s) {
  size_t n = s.size() < 8192 ? s.size() : 8192;
  size_t control = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return n > 0 && control * 10 > n;
}

}  // namespace dossier
