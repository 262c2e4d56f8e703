// Lexicon lookup: embedded defaults, a user's directory to replace or extend.
#include "dossier/lexicon.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace dossier {
namespace internal {
struct EmbeddedFile {
  std::string_view name;
  std::string_view data;
};
extern const EmbeddedFile kEmbeddedFiles[];
extern const size_t kEmbeddedFileCount;
}  // namespace internal

std::string_view EmbeddedLexicon(std::string_view name) {
  for (size_t i = 0; i < internal::kEmbeddedFileCount; ++i) {
    if (internal::kEmbeddedFiles[i].name == name) return internal::kEmbeddedFiles[i].data;
  }
  return {};
}

std::vector<std::string_view> EmbeddedLexiconNames() {
  std::vector<std::string_view> names;
  for (size_t i = 0; i < internal::kEmbeddedFileCount; ++i)
    names.push_back(internal::kEmbeddedFiles[i].name);
  std::sort(names.begin(), names.end());
  return names;
}

static bool IsFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

static Result<std::string> ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot open lexicon file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return IoError(path + ": cannot read lexicon file");
  return ss.str();
}

Result<std::string> LexiconLoader::Load(std::string_view name) const {
  std::string text;
  bool found = false;
  if (!dir_.empty()) {
    std::string path = dir_ + "/" + std::string(name);
    if (IsFile(path)) {
      Result<std::string> r = ReadWhole(path);
      if (!r.ok()) return r.status();
      text = std::move(r).value();
      found = true;
    }
  }
  if (!found) {
    std::string_view embedded = EmbeddedLexicon(name);
    if (embedded.data() != nullptr && !embedded.empty()) {
      text.assign(embedded);
      found = true;
    }
  }
  if (!dir_.empty()) {
    std::string extra = dir_ + "/" + std::string(name) + ".extra";
    if (IsFile(extra)) {
      Result<std::string> r = ReadWhole(extra);
      if (!r.ok()) return r.status();
      if (!text.empty() && text.back() != '\n') text.push_back('\n');
      text += *r;
      found = true;
    }
  }
  if (!found) {
    return NotFound("lexicon " + std::string(name) + " is neither built in nor in " +
                    (dir_.empty() ? std::string("any directory") : dir_));
  }
  return text;
}

static std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<LexiconLine> SplitLexicon(std::string_view text) {
  std::vector<LexiconLine> lines;
  int number = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    ++number;
    pos = nl + 1;
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') {
      if (nl == text.size()) break;
      continue;
    }
    LexiconLine out;
    out.line_number = number;
    size_t f = 0;
    while (true) {
      size_t tab = line.find('\t', f);
      std::string_view field = Trim(line.substr(f, tab == std::string_view::npos ? tab : tab - f));
      out.fields.push_back(field);
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    while (!out.fields.empty() && out.fields.back().empty()) out.fields.pop_back();
    lines.push_back(std::move(out));
    if (nl == text.size()) break;
  }
  return lines;
}

}  // namespace dossier
