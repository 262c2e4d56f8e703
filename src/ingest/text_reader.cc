// Plain text and Markdown: front matter, a publication-date marker in the
// first lines, page furniture dropped by general rules, Markdown markup
// stripped. It keeps every line of article text, including subheads.
#include <cctype>
#include <string>

#include "ingest/internal.h"

namespace dossier::ingest {
namespace {

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

using Fields = std::vector<std::pair<std::string, std::string>>;

// Puts the front matter's fields where they belong: title, source, url, id
// and date in their places, any other key in the metadata.
void ApplyFrontMatter(Fields& fields, RawDocument* raw) {
  for (auto& [key, value] : fields) {
    std::string k = Lower(key);
    if (k == "title") {
      raw->doc.title = std::move(value);
    } else if (k == "source") {
      raw->doc.source = std::move(value);
    } else if (k == "url") {
      raw->doc.url = std::move(value);
    } else if (k == "id") {
      raw->doc.id = std::move(value);
    } else if (k == "date") {
      raw->date_text = std::move(value);
    } else {
      raw->doc.metadata.emplace_back(key, std::move(value));
    }
  }
}

// Reads one "key: value" line of front matter into fields (a quoted value
// loses its quotes); false when the line has no colon.
bool ReadField(std::string_view line, Fields* fields) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view value = TrimView(line.substr(colon + 1));
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  fields->emplace_back(std::string(TrimView(line.substr(0, colon))), std::string(value));
  return true;
}

// Reads "---" front matter at the start; fills raw and returns the offset
// where the body starts (0 when there is none).
size_t ReadFrontMatter(std::string_view content, RawDocument* raw) {
  size_t pos = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // BOM
  std::string_view rest = content.substr(pos);
  if (rest.substr(0, 3) != "---") return 0;
  size_t nl = rest.find('\n');
  if (nl == std::string_view::npos || TrimView(rest.substr(0, nl)) != "---") return 0;
  size_t p = pos + nl + 1;
  Fields fields;
  while (p < content.size()) {
    size_t e = content.find('\n', p);
    if (e == std::string_view::npos) e = content.size();
    std::string_view line = TrimView(content.substr(p, e - p));
    p = e + 1;
    if (line == "---" || line == "...") {
      ApplyFrontMatter(fields, raw);
      return p > content.size() ? content.size() : p;
    }
    if (line.empty() || line.front() == '#') continue;
    if (!ReadField(line, &fields)) return 0;  // not front matter after all
  }
  return 0;  // unterminated: treat as text
}

bool IsLabel(std::string_view w) {
  std::string l = Lower(w);
  while (!l.empty() && l.back() == ':') l.pop_back();
  return l == "date" || l == "published" || l == "updated" || l == "posted" || l == "dated" ||
         l == "modified";
}

size_t SkipSpace(std::string_view line, size_t i) {
  while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
  return i;
}

// The end of an ISO date at line[i] with the time that may follow it
// ("2026-02-25T10:00:00Z", "2026-02-25 10:00"); 0 when no ISO date stands
// there.
size_t IsoDateEnd(std::string_view line, size_t i, CivilDate* date) {
  CivilDate iso = ParseIsoDate(line.substr(i, 10));
  if (!iso.valid()) return 0;
  size_t e = i + 10;
  bool spaced_time = e < line.size() && line[e] == ' ' && e + 3 < line.size() &&
                     std::isdigit(static_cast<unsigned char>(line[e + 1])) && line[e + 3] == ':';
  if (e < line.size() && (line[e] == 'T' || spaced_time)) {
    ++e;
    while (e < line.size() && !std::isspace(static_cast<unsigned char>(line[e]))) ++e;
  }
  *date = iso;
  return e;
}

// The end of a written date of up to four words at line[i]; 0 when none.
size_t WrittenDateEnd(std::string_view line, size_t i, CivilDate* date) {
  size_t e = i;
  for (int words = 0; e < line.size() && words < 4; ++words) {
    while (e < line.size() && !std::isspace(static_cast<unsigned char>(line[e]))) ++e;
    CivilDate d = ParseLooseDate(line.substr(i, e - i));
    if (d.valid()) {
      *date = d;
      return e;
    }
    e = SkipSpace(line, e);
  }
  return 0;
}

// Looks for a date marker at the start of `line`: an optional label
// ("date", "Published:") and an ISO date, or a label and a written date.
// Returns the length of the marker (0 if none) and the date.
size_t DateMarker(std::string_view line, CivilDate* date) {
  size_t i = SkipSpace(line, 0);
  size_t word_end = i;
  while (word_end < line.size() && std::isalpha(static_cast<unsigned char>(line[word_end])))
    ++word_end;
  bool labelled = word_end > i;
  if (labelled) {
    size_t after = word_end;
    if (after < line.size() && line[after] == ':') ++after;
    if (!IsLabel(line.substr(i, after - i))) return 0;
    i = SkipSpace(line, after);
  }
  size_t e = IsoDateEnd(line, i, date);
  if (e > 0) return e;
  // A written date after a label.
  return labelled ? WrittenDateEnd(line, i, date) : 0;
}

// The line without its leading heading and quote markers and list bullet.
std::string_view StripLineMarkers(std::string_view s) {
  size_t lead = 0;
  while (lead < s.size() && s[lead] == ' ') ++lead;
  s.remove_prefix(lead);
  while (!s.empty() && (s.front() == '#' || s.front() == '>')) {
    s.remove_prefix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  }
  if (s.size() > 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ')
    s.remove_prefix(2);
  return s;
}

// A link "[text](url)" at s[i]: appends its text and returns the offset of
// its closing parenthesis; 0 when none stands there.
size_t AppendLinkText(std::string_view s, size_t i, std::string* out) {
  size_t close = s.find(']', i);
  if (close == std::string_view::npos || close + 1 >= s.size() || s[close + 1] != '(') return 0;
  size_t paren = s.find(')', close);
  if (paren == std::string_view::npos) return 0;
  out->append(s.substr(i + 1, close - i - 1));
  return paren;
}

// Strips Markdown markup from one line: heading and quote markers, list
// bullets, emphasis, links and images (their text is kept).
std::string StripMarkdown(std::string_view line) {
  std::string_view s = StripLineMarkers(line);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
      ++i;  // ** or __
      continue;
    }
    if (c == '`') continue;
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') continue;
    size_t paren = c == '[' ? AppendLinkText(s, i, &out) : 0;
    if (paren > 0) {
      i = paren;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

namespace {

// The shape of a line read byte by byte: its longest run of letters, its
// symbols, and whether all its words are page-furniture words.
class LineShape {
 public:
  explicit LineShape(const std::unordered_set<std::string>& furniture) : furniture_(furniture) {}

  void Read(std::string_view line) {
    for (size_t i = 0; i < line.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(line[i]);
      if (c == 0xE2) {
        // The general punctuation and arrows blocks (E2 ...) are symbols;
        // letters of other scripts count as letters.
        ++symbols_;
        Break();
        i += 2;
      } else if (std::isalpha(c) || c >= 0x80) {
        ++run_;
        word_.push_back(static_cast<char>(c));
      } else {
        if (!std::isspace(c) && !std::isdigit(c)) ++symbols_;
        if (c == '-' && !word_.empty()) {  // "e-mail"
          longest_ = std::max(longest_, run_);
          run_ = 0;
          word_.push_back('-');
        } else {
          Break();
        }
      }
    }
    Break();
  }

  // Widget residue: no word of three letters or more, and some symbol.
  [[nodiscard]] bool Residue() const { return longest_ < 3 && symbols_ > 0; }
  [[nodiscard]] size_t words() const { return words_; }
  [[nodiscard]] bool all_furniture() const { return all_furniture_; }

 private:
  void Break() {
    longest_ = std::max(longest_, run_);
    run_ = 0;
    if (word_.empty()) return;
    ++words_;
    if (furniture_.count(Lower(word_)) == 0) all_furniture_ = false;
    word_.clear();
  }

  const std::unordered_set<std::string>& furniture_;
  size_t longest_ = 0;
  size_t run_ = 0;
  size_t symbols_ = 0;
  size_t words_ = 0;
  bool all_furniture_ = true;
  std::string word_;
};

}  // namespace

bool IsFurnitureLine(std::string_view line, const std::unordered_set<std::string>& furniture) {
  line = TrimView(line);
  if (line.empty()) return false;
  LineShape shape(furniture);
  shape.Read(line);
  if (shape.Residue()) return true;
  char last = line.back();
  bool sentence_end = last == '.' || last == '?' || last == '!' || last == '"';
  return shape.words() > 0 && shape.words() <= 8 && shape.all_furniture() && !sentence_end;
}

namespace {

// A date marker opening the line: notes its date and leaves the rest of the
// line in *line.
bool TakeDateMarker(std::string_view* line, RawDocument* raw) {
  CivilDate d;
  size_t len = DateMarker(*line, &d);
  if (len == 0) return false;
  raw->detected_date = FormatIsoDate(d);
  *line = TrimView(line->substr(len));
  return true;
}

}  // namespace

void ReadText(std::string_view content, bool markdown, const std::string& stem,
              const std::string& location, const Context& ctx) {
  RawDocument raw;
  size_t body = ReadFrontMatter(content, &raw);
  std::string text;
  text.reserve(content.size() - body);
  size_t p = body;
  size_t nonblank_seen = 0;
  size_t blank_run = 0;
  while (p < content.size()) {
    size_t e = content.find('\n', p);
    if (e == std::string_view::npos) e = content.size();
    std::string_view line = content.substr(p, e - p);
    p = e + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = TrimView(line);
    if (trimmed.empty()) {
      ++blank_run;
      continue;
    }
    // A date marker may stand in the first lines, alone, with widget
    // residue, or before the article's first sentence.
    if (nonblank_seen < 3 && raw.detected_date.empty() && TakeDateMarker(&trimmed, &raw) &&
        (trimmed.empty() || IsFurnitureLine(trimmed, *ctx.furniture)))
      continue;
    ++nonblank_seen;
    if (IsFurnitureLine(trimmed, *ctx.furniture)) continue;
    if (!text.empty()) text.append(blank_run > 0 ? "\n\n" : "\n");
    blank_run = 0;
    if (markdown) {
      text += StripMarkdown(trimmed);
    } else {
      text.append(trimmed);
    }
  }
  raw.doc.text = std::move(text);
  FinishDocument(std::move(raw), stem, location, ctx);
}

}  // namespace dossier::ingest
