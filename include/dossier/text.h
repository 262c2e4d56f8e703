// dossier/text.h: the text layer: normalisation, paragraphs, sentences and
// tokens, all as byte offsets into a document's text.
//
// Pure functions over valid UTF-8; no I/O, no global state. Segmentation is
// rule-based and linear in the input: abbreviations (U.S., Feb., Dr., No.,
// St.), initials, decimals and thousands separators, ellipses, quotes that
// close a sentence, list lines ("Victims: approximately 613 killed") and
// headlines without final punctuation are handled. It does not tag parts of
// speech or detect language.
//
//   std::vector<Sentence> sentences = SplitSentences(doc.text);
//   size_t k = SentenceIndexAt(sentences, mention.start);
#ifndef DOSSIER_TEXT_H_
#define DOSSIER_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/types.h"

namespace dossier {

// NFC-normalises valid UTF-8. Returns the input unchanged (one copy) when it
// is already NFC, which is the common case.
std::string NormalizeNfc(std::string_view text);
// The same in place; does not copy when the text is already NFC.
void NormalizeNfcInPlace(std::string* text);

// Paragraphs: runs of text separated by blank lines or by single newlines
// (scraped articles put one paragraph on each line). Leading and trailing
// white space is excluded from each span.
std::vector<Paragraph> SplitParagraphs(std::string_view text);

// Sentences in document order; they never cross a paragraph boundary and
// never include surrounding white space.
std::vector<Sentence> SplitSentences(std::string_view text);
// Appends the sentences of text[begin, end) to *out (for streaming use).
void SplitSentencesInto(std::string_view text, size_t begin, size_t end,
                        std::vector<Sentence>* out);

// True when the mark at text[dot] ends a sentence although no space follows
// it: text whose spaces after full stops were lost ("... the harbour.Two
// boats", "... outside."We"). A word ending in three lower-case letters or
// digits precedes the mark, a capitalised word (or an opening quote mark and
// one) follows at once, and neither is part of a web address.
bool GluedSentenceEnd(std::string_view text, size_t dot);

// Tokens of text[begin, end), appended to *out: words, numbers (with inner
// separators and ordinal suffixes) and single punctuation characters.
void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

// The index of the sentence containing byte `offset`, or of the last sentence
// starting before it; 0 when there is none. REQUIRES: sentences sorted.
size_t SentenceIndexAt(const std::vector<Sentence>& sentences, size_t offset);

}  // namespace dossier

#endif  // DOSSIER_TEXT_H_
