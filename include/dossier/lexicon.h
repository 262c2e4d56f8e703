// dossier/lexicon.h: the vocabulary files extractors read.
//
// Lexicons are plain text data files under data/lexicons/ (one entry per
// line, fields separated by tabs, '#' starts a comment line). They are
// embedded in the binary at build time, so dossier runs from any directory.
// A user's directory (--lexicons DIR) can replace a file (DIR/NAME) or extend
// it (DIR/NAME.extra, whose lines are appended). This header only finds and
// splits the files; what the fields mean is each extractor's business.
//
//   LexiconLoader lex(options.lexicon_dir);
//   Result<std::string> text = lex.Load("numbers/qualifiers.tsv");
//   for (const LexiconLine& line : SplitLexicon(*text)) { ... line.fields ... }
#ifndef DOSSIER_LEXICON_H_
#define DOSSIER_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"

namespace dossier {

// The embedded default text of lexicon `name` ("numbers/qualifiers.tsv"), or
// an empty view when there is none.
std::string_view EmbeddedLexicon(std::string_view name);
// The names of all embedded lexicons, sorted.
std::vector<std::string_view> EmbeddedLexiconNames();

class LexiconLoader {
 public:
  // An empty dir means the embedded defaults only.
  explicit LexiconLoader(std::string dir = "") : dir_(std::move(dir)) {}
  // The text of `name`: DIR/NAME when it exists, else the embedded default,
  // then DIR/NAME.extra appended when it exists. NotFound when neither the
  // directory nor the binary has it; IoError naming the file when it cannot
  // be read.
  [[nodiscard]] Result<std::string> Load(std::string_view name) const;
  [[nodiscard]] const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

struct LexiconLine {
  int line_number = 0;                   // 1-based, for error messages
  std::vector<std::string_view> fields;  // tab-separated, trimmed
};
// Splits lexicon text into non-empty, non-comment lines. The views point
// into `text`. A line whose first non-blank character is '#' is a comment.
std::vector<LexiconLine> SplitLexicon(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_LEXICON_H_
