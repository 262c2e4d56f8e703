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
  std::vector<std::pair<std::string, std::string>> fields;
  while (p < content.size()) {
    size_t e = content.find('\n', p);
    if (e == std::string_view::npos) e = content.size();
    std::string_view line = TrimView(content.substr(p, e - p));
    p = e + 1;
    if (line == "---" || line == "...") {
      for (auto& [key, value] : fields) {
        std::string k = Lower(key);
        if (k == "title") {
          raw->doc.title = value;
        } else if (k == "source") {
          raw->doc.source = value;
        } else if (k == "url") {
          raw->doc.url = value;
        } else if (k == "id") {
          raw->doc.id = value;
        } else if (k == "date") {
          raw->date_text = value;
        } else {
          raw->doc.metadata.emplace_back(key, value);
        }
      }
      return p > content.size() ? content.size() : p;
    }
    if (line.empty() || line.front() == '#') continue;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return 0;  // not front matter after all
    std::string_view value = TrimView(line.substr(colon + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    fields.emplace_back(std::string(TrimView(line.substr(0, colon))), std::string(value));
  }
  return 0;  // unterminated: treat as text
}

bool IsLabel(std::string_view w) {
  std::string l = Lower(w);
  while (!l.empty() && l.back() == ':') l.pop_back();
  return l == "date" || l == "published" || l == "updated" || l == "posted" || l == "dated" ||
         l == "modified";
}

// Looks for a date marker at the start of `line`: an optional label
// ("date", "Published:") and an ISO date, or a label and a written date.
// Returns the length of the marker (0 if none) and the date.
size_t DateMarker(std::string_view line, CivilDate* date) {
  size_t i = 0;
  while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
  size_t word_end = i;
  while (word_end < line.size() && std::isalpha(static_cast<unsigned char>(line[word_end])))
    ++word_end;
  bool labelled = false;
  if (word_end > i) {
    size_t after = word_end;
    if (after < line.size() && line[after] == ':') ++after;
    if (!IsLabel(line.substr(i, after - i))) return 0;
    labelled = true;
    i = after;
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
  }
  CivilDate iso = ParseIsoDate(line.substr(i, 10));
  if (iso.valid()) {
    size_t e = i + 10;
    // A time may follow: "2026-02-25T10:00:00Z" or "2026-02-25 10:00".
    if (e < line.size() &&
        (line[e] == 'T' ||
         (line[e] == ' ' && e + 3 < line.size() &&
          std::isdigit(static_cast<unsigned char>(line[e + 1])) && line[e + 3] == ':'))) {
      ++e;
      while (e < line.size() && !std::isspace(static_cast<unsigned char>(line[e]))) ++e;
    }
    *date = iso;
    return e;
  }
  if (!labelled) return 0;
  // A written date after a label: take up to four words.
  size_t e = i;
  int words = 0;
  while (e < line.size() && words < 4) {
    while (e < line.size() && !std::isspace(static_cast<unsigned char>(line[e]))) ++e;
    ++words;
    CivilDate d = ParseLooseDate(line.substr(i, e - i));
    if (d.valid()) {
      *date = d;
      return e;
    }
    while (e < line.size() && std::isspace(static_cast<unsigned char>(line[e]))) ++e;
  }
  return 0;
}

// Strips Markdown markup from one line: heading and quote markers, list
// bullets, emphasis, links and images (their text is kept).
std::string StripMarkdown(std::string_view line) {
  std::string_view s = line;
  size_t lead = 0;
  while (lead < s.size() && s[lead] == ' ') ++lead;
  s.remove_prefix(lead);
  while (!s.empty() && (s.front() == '#' || s.front() == '>')) {
    s.remove_prefix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  }
  if (s.size() > 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ')
    s.remove_prefix(2);
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
    if (c == '[') {
      size_t close = s.find(']', i);
      if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
        size_t paren = s.find(')', close);
        if (paren != std::string_view::npos) {
          out.append(s.substr(i + 1, close - i - 1));
          i = paren;
          continue;
        }
      }
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

bool IsFurnitureLine(std::string_view line, const std::unordered_set<std::string>& furniture) {
  line = TrimView(line);
  if (line.empty()) return false;
  // Widget residue: no word of three letters or more, and some symbol.
  size_t longest = 0, run = 0, symbols = 0, words = 0;
  bool all_furniture = true;
  std::string word;
  auto end_word = [&]() {
    if (!word.empty()) {
      ++words;
      if (!furniture.count(Lower(word))) all_furniture = false;
      word.clear();
    }
  };
  for (size_t i = 0; i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (std::isalpha(c) || c >= 0x80) {
      if (c < 0x80) {
        ++run;
        word.push_back(static_cast<char>(c));
      } else {
        // Non-ASCII: letters of other scripts count as letters; the general
        // punctuation and arrows blocks (E2 ...) count as symbols.
        if (c == 0xE2) {
          ++symbols;
          end_word();
          longest = std::max(longest, run);
          run = 0;
          i += 2;
          continue;
        }
        ++run;
        word.push_back(static_cast<char>(c));
      }
    } else {
      if (!std::isspace(c) && !std::isdigit(c)) ++symbols;
      longest = std::max(longest, run);
      run = 0;
      if (c == '-' && !word.empty()) {  // "e-mail"
        word.push_back('-');
        continue;
      }
      end_word();
    }
  }
  longest = std::max(longest, run);
  end_word();
  if (longest < 3 && symbols > 0) return true;
  char last = line.back();
  bool sentence_end = last == '.' || last == '?' || last == '!' || last == '"';
  return words > 0 && words <= 8 && all_furniture && !sentence_end;
}

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
    if (nonblank_seen < 3 && raw.detected_date.empty()) {
      CivilDate d;
      size_t len = DateMarker(trimmed, &d);
      if (len > 0) {
        raw.detected_date = FormatIsoDate(d);
        trimmed = TrimView(trimmed.substr(len));
        if (trimmed.empty() || IsFurnitureLine(trimmed, *ctx.furniture)) continue;
      }
    }
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
