// NFC normalisation through utf8proc. Pure; allocates one output string.
// ASCII and already-composed text (the common case) is copied unchanged.
#include <utf8proc.h>

#include <cstdlib>

#include "dossier/text.h"

namespace dossier {

static bool MayNeedNormalization(std::string_view text) {
  // Only a combining mark or a compatibility-decomposable precomposed form can
  // change under NFC; both are non-ASCII. Fast path: all ASCII.
  for (unsigned char c : text) {
    if (c >= 0x80) return true;
  }
  return false;
}

std::string NormalizeNfc(std::string_view text) {
  if (!MayNeedNormalization(text)) return std::string(text);
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

}  // namespace dossier
