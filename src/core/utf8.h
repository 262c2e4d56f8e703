// core/utf8.h: UTF-8 validation and repair, shared inside dossier.
//
// Internal to the library (the public surface only promises valid UTF-8 in
// Document::text). Decoding here is strict: overlong forms, surrogates and
// code points past U+10FFFF are invalid.
#ifndef DOSSIER_CORE_UTF8_H_
#define DOSSIER_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dossier {

// The length (1-4) of the valid UTF-8 sequence starting at s[i], or 0 when
// the bytes there are not a valid sequence. REQUIRES: i < s.size().
size_t ValidUtf8SequenceLength(std::string_view s, size_t i);

// Decodes the code point at s[i] into *cp and returns its length; invalid
// bytes decode as U+FFFD with length 1. REQUIRES: i < s.size().
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// Appends cp encoded as UTF-8.
void AppendUtf8(char32_t cp, std::string* out);

// Copies s into out, replacing each invalid byte with U+FFFD. Returns how
// many replacements were made.
size_t RepairUtf8(std::string_view s, std::string* out);

// True when s looks like a binary file rather than text: it has NUL bytes,
// or more than 10% of its first 8 KB are control bytes other than tab, CR, LF
// and form feed.
bool LooksBinary(std::string_view s);

}  // namespace dossier

#endif  // DOSSIER_CORE_UTF8_H_
