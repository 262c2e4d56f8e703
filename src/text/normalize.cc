// NFC normalisation through utf8proc. Pure; allocates one output string.
// ASCII and already-composed text (the common case) is copied unchanged.
#include <utf8proc.h>

#include <cstdlib>

#include "dossier/text.h"

namespace dossier {

// True when every code point of text is certainly unchanged by NFC and
// cannot combine with a neighbour: ASCII and Latin-1 (below U+0300, where
// combining marks begin) and the punctuation, currency, letterlike, arrow
// and symbol blocks (U+2002..U+2BFF) minus their few singleton
// decompositions (U+2126, U+212A, U+212B, U+2329, U+232A). News text is
// almost always like this, so the common case costs one scan and no call
// into utf8proc.
static bool CertainlyNfc(std::string_view text) {
  size_t i = 0;
  size_t n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0xC2 && c <= 0xCB && i + 1 < n) {  // U+0080..U+02FF
      i += 2;
      continue;
    }
    if (c == 0xE2 && i + 2 < n) {  // U+2000..U+2FFF
      unsigned cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                    (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
      bool safe = cp >= 0x2002 && cp <= 0x2BFF && cp != 0x2126 && cp != 0x212A && cp != 0x212B &&
                  cp != 0x2329 && cp != 0x232A;
      if (!safe) return false;
      i += 3;
      continue;
    }
    return false;
  }
  return true;
}

std::string NormalizeNfc(std::string_view text) {
  if (CertainlyNfc(text)) return std::string(text);
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0 || out == nullptr) {
    std::free(out);
    return std::string(text);  // invalid input is repaired before this point
  }
  std::string result(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return result;
}

void NormalizeNfcInPlace(std::string* text) {
  if (CertainlyNfc(*text)) return;
  std::string out = NormalizeNfc(*text);
  text->swap(out);
}

}  // namespace dossier
