// Tokenisation into words, numbers and punctuation, by byte class, linear.
// Non-ASCII code points count as letters unless they are punctuation or
// spaces from the General Punctuation block, Latin-1 punctuation or the
// ideographic space. It does not split clitics ("don't" stays one token).
#include "core/utf8.h"
#include "dossier/text.h"

namespace dossier {
namespace {

enum class Cls { kSpace, kLetter, kDigit, kPunct };

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == U'\u2019'; }

Cls Classify(char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
      cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 || cp == 0xFEFF)
    return Cls::kSpace;
  if (cp >= '0' && cp <= '9') return Cls::kDigit;
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return Cls::kLetter;
  if (cp < 0x80) return Cls::kPunct;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return Cls::kPunct;  // Latin-1 punctuation
  if (cp >= 0x2000 && cp <= 0x2BFF) return Cls::kPunct;           // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return Cls::kPunct;
  if (cp == 0xFFFD) return Cls::kPunct;
  return Cls::kLetter;
}

// The end of the word or number that goes on at text[i]: letters and
// digits, and the inner joiners "1,275", "2.5", "don't", "so-called",
// "Russia's".
size_t WordEnd(std::string_view text, size_t i, size_t end, TokenKind kind) {
  while (i < end) {
    char32_t c2;
    size_t l2 = DecodeUtf8(text, i, &c2);
    Cls k2 = Classify(c2);
    if (k2 == Cls::kLetter || k2 == Cls::kDigit) {
      i += l2;
      continue;
    }
    if (i + l2 >= end) break;
    char32_t c3;
    DecodeUtf8(text, i + l2, &c3);
    Cls k3 = Classify(c3);
    bool number_sep = kind == TokenKind::kNumber && (c2 == ',' || c2 == '.') && k3 == Cls::kDigit;
    bool word_join =
        kind == TokenKind::kWord && (IsApostrophe(c2) || c2 == '-') && k3 == Cls::kLetter;
    if (!number_sep && !word_join) break;
    i += l2;
  }
  return i;
}

}  // namespace

void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  if (end > text.size()) end = text.size();
  size_t i = begin;
  while (i < end) {
    char32_t cp;
    size_t len = DecodeUtf8(text, i, &cp);
    Cls cls = Classify(cp);
    if (cls == Cls::kSpace) {
      i += len;
      continue;
    }
    size_t start = i;
    if (cls == Cls::kPunct) {
      out->push_back(
          Token{static_cast<uint32_t>(start), static_cast<uint32_t>(i + len), TokenKind::kPunct});
      i += len;
      continue;
    }
    TokenKind kind = cls == Cls::kDigit ? TokenKind::kNumber : TokenKind::kWord;
    i = WordEnd(text, i + len, end, kind);
    out->push_back(Token{static_cast<uint32_t>(start), static_cast<uint32_t>(i), kind});
  }
}

}  // namespace dossier
