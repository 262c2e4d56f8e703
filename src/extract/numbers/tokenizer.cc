// The scanner's tokenizer: one left-to-right pass over bytes. Letters (ASCII
// and other scripts) make words, ASCII digits make digit runs, everything
// else is a one-code-point symbol. An apostrophe between letters stays in
// the word ("o'clock"). It never allocates per token beyond out's growth.
#include "extract/numbers/tokenizer.h"

#include "core/utf8.h"
#include "extract/numbers/scan.h"

namespace dossier::numbers {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

bool IsSpaceCp(char32_t cp) {
  return cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2007 || cp == 0x2002 ||
         cp == 0x2003 || cp == 0x2008 || cp == 0x200A || cp == 0x3000;
}

// Non-ASCII code points that are punctuation or symbols rather than letters.
bool IsSymbolCp(char32_t cp) {
  return (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFFFD;
}

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool StartsWithFold(std::string_view text, size_t i, std::string_view w) {
  if (i + w.size() > text.size()) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if ((text[i + k] | 0x20) != w[k] && text[i + k] != w[k]) return false;
  return true;
}

bool StartsUrl(std::string_view text, size_t i) {
  if (i > 0 && IsAsciiLetter(static_cast<unsigned char>(text[i - 1]))) return false;
  return StartsWithFold(text, i, "http://") || StartsWithFold(text, i, "https://") ||
         StartsWithFold(text, i, "www.");
}

}  // namespace

void Tokenize(std::string_view text, const Lexicon& lex, std::vector<Token>* out) {
  out->clear();
  const size_t n = text.size();
  size_t i = 0;
  Gap gap = Gap::kLineBreak;  // the text start acts as a line start
  int spaces = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      if (c == '\n')
        gap = Gap::kLineBreak;
      else if (gap != Gap::kLineBreak)
        gap = (++spaces == 1 && c == ' ') ? Gap::kOneSpace : Gap::kSpaces;
      ++i;
      continue;
    }
    char32_t cp = c;
    size_t len = 1;
    if (c >= 0x80) {
      len = DecodeUtf8(text, i, &cp);
      if (IsSpaceCp(cp)) {
        if (gap != Gap::kLineBreak) gap = (++spaces == 1) ? Gap::kOneSpace : Gap::kSpaces;
        i += len;
        continue;
      }
    }
    bool url = ((c | 0x20) == 'h' || (c | 0x20) == 'w') && i + 4 < n &&
               ((text[i + 1] | 0x20) == 't' || (text[i + 1] | 0x20) == 'w') && StartsUrl(text, i);
    if (url) {
      // A URL holds no amounts: skip to the next whitespace.
      while (i < n && !IsAsciiSpace(static_cast<unsigned char>(text[i]))) ++i;
      gap = Gap::kSpaces;
      continue;
    }
    Token t;
    t.start = static_cast<uint32_t>(i);
    t.gap = gap;
    if (IsDigit(c)) {
      size_t j = i + 1;
      while (j < n && IsDigit(static_cast<unsigned char>(text[j]))) ++j;
      t.kind = TokKind::kDigits;
      t.may_start = true;
      i = j;
    } else if (IsAsciiLetter(c) || (c >= 0x80 && !IsSymbolCp(cp))) {
      size_t j = i;
      bool all_upper = true;
      int letters = 0;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        if (IsAsciiLetter(d)) {
          all_upper = all_upper && d <= 'Z';
          ++letters;
          ++j;
        } else if (d >= 0x80) {
          char32_t dc = 0;
          size_t dl = DecodeUtf8(text, j, &dc);
          if (IsSymbolCp(dc) || IsSpaceCp(dc)) break;
          j += dl;
        } else if (d == '\'' && j + 1 < n &&
                   IsAsciiLetter(static_cast<unsigned char>(text[j + 1])) && j > i) {
          ++j;
        } else {
          break;
        }
      }
      t.kind = TokKind::kWord;
      t.cap = IsAsciiLetter(c) && c <= 'Z';
      t.upper = all_upper && letters >= 2;
      i = j;
      std::string_view w = text.substr(t.start, i - t.start);
      t.info = lex.MayStartExpression(w) ? lex.FindFolded(w) : Lexicon::Unresolved();
      const WordInfo* info = t.info == Lexicon::Unresolved() ? nullptr : t.info;
      t.may_start = (info && (info->num != NumWord::kNone ||
                              (info->roles & (kVagueStart | kSignWord | kCurrencyStart)))) ||
                    ((t.upper || t.cap) && w.size() <= 4);
    } else {
      t.kind = TokKind::kSym;
      t.cp = cp;
      t.may_start = cp == '-' || cp == '+' || cp == '.' || cp == 0x2212 || cp == '~' || cp == '>' ||
                    cp == '<' || lex.SymbolMayStartWith(c) || VulgarFraction(cp) != 0;
      i += len;
    }
    t.end = static_cast<uint32_t>(i);
    out->push_back(t);
    gap = Gap::kNone;
    spaces = 0;
  }
}

}  // namespace dossier::numbers
