// HTML: gumbo parses the page; metadata comes from the head; the article
// text is chosen block by block with a text-density / link-density method in
// the spirit of jusText: long, link-poor blocks are content; short blocks
// count when they sit between content; link-heavy blocks, scripts, styles,
// navigation, forms, asides, footers and elements whose class or id names
// page chrome (menu, share, cookie, related, comments...) are dropped.
// Paragraph breaks survive as blank lines. No site-specific rules.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "ingest/internal.h"

namespace dossier::ingest {
namespace {

struct Block {
  std::string text;
  size_t link_chars = 0;
  bool heading = false;
  bool in_article = false;  // inside <article> or <main>
  enum class Kind { kUnknown, kGood, kBad, kShort } kind = Kind::kUnknown;
};

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

bool IsDroppedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

const char* Attr(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a ? a->value : nullptr;
}

// A word of a class, id or role attribute that names page chrome: it
// starts with a chrome word or has one after a '-' or '_' ("share-bar",
// "navbar", "site-footer"); "article" and words about content never do.
bool ChromeWord(std::string_view w, const std::vector<std::string>& chrome) {
  if (w == "article" || w.find("content") != std::string_view::npos ||
      w.find("article-body") != std::string_view::npos)
    return false;
  for (const std::string& c : chrome) {
    if (w.starts_with(c)) return true;
    for (size_t k = 1; k + c.size() <= w.size(); ++k) {
      if ((w[k - 1] == '-' || w[k - 1] == '_') && w.substr(k, c.size()) == c) return true;
    }
  }
  return false;
}

// Whether an attribute value names page chrome: one of its words, split at
// spaces, does.
bool NamesChrome(const char* value, const std::vector<std::string>& chrome) {
  if (value == nullptr) return false;
  std::string v(value);
  for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && v[i] == ' ') ++i;
    size_t b = i;
    while (i < v.size() && v[i] != ' ') ++i;
    if (i > b && ChromeWord(std::string_view(v.data() + b, i - b), chrome)) return true;
  }
  return false;
}

class Walker {
 public:
  explicit Walker(const std::vector<std::string>& chrome) : chrome_(chrome) {}

  void Walk(const GumboNode* node, bool in_link, bool in_article) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      AppendText(node->v.text.text, in_link, in_article);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    const GumboVector* children = nullptr;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else {
      const GumboElement& el = node->v.element;
      tag = el.tag;
      if (Dropped(el, in_article)) return;
      children = &el.children;
      if (tag == GUMBO_TAG_A) in_link = true;
      if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) in_article = true;
    }
    bool block = IsBlockTag(tag);
    if (block) Flush();
    if (IsHeading(tag)) heading_ = true;
    for (unsigned i = 0; i < children->length; ++i) {
      Walk(static_cast<const GumboNode*>(children->data[i]), in_link, in_article);
    }
    if (block) Flush();
  }

  std::vector<Block>& blocks() { return blocks_; }

 private:
  // An element left out with all it holds: scripts, styles and the like, a
  // page header outside the article, page chrome, hidden elements.
  [[nodiscard]] bool Dropped(const GumboElement& el, bool in_article) const {
    if (IsDroppedTag(el.tag)) return true;
    if (el.tag == GUMBO_TAG_HEADER && !in_article) return true;
    if (NamesChrome(Attr(el, "class"), chrome_) || NamesChrome(Attr(el, "id"), chrome_) ||
        NamesChrome(Attr(el, "role"), chrome_))
      return true;
    const char* hidden = Attr(el, "aria-hidden");
    return hidden != nullptr && std::strcmp(hidden, "true") == 0;
  }

  void AppendText(const char* s, bool in_link, bool in_article) {
    size_t before = current_.text.size();
    for (const char* p = s; *p; ++p) {
      unsigned char c = static_cast<unsigned char>(*p);
      if (std::isspace(c)) {
        if (!current_.text.empty() && current_.text.back() != ' ') current_.text.push_back(' ');
      } else {
        current_.text.push_back(static_cast<char>(c));
      }
    }
    if (in_link) current_.link_chars += current_.text.size() - before;
    if (in_article) current_.in_article = true;
  }

  void Flush() {
    while (!current_.text.empty() && current_.text.back() == ' ') current_.text.pop_back();
    size_t lead = 0;
    while (lead < current_.text.size() && current_.text[lead] == ' ') ++lead;
    if (lead) current_.text.erase(0, lead);
    if (!current_.text.empty()) {
      current_.heading = heading_;
      blocks_.push_back(std::move(current_));
    }
    current_ = Block();
    heading_ = false;
  }

  const std::vector<std::string>& chrome_;
  std::vector<Block> blocks_;
  Block current_;
  bool heading_ = false;
};

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// jusText-style classification of one block: bad (links, a byline, page
// furniture), good (long enough) or short.
Block::Kind FirstKind(const Block& b, const std::unordered_set<std::string>& furniture) {
  size_t words = CountWords(b.text);
  double link_density = b.text.empty() ? 0 : static_cast<double>(b.link_chars) / b.text.size();
  // "By Jane Doe": a byline is chrome around the article, not its text.
  bool byline = words <= 6 && b.text.rfind("By ", 0) == 0;
  if (link_density > 0.33 || byline || IsFurnitureLine(b.text, furniture)) return Block::Kind::kBad;
  if (words >= 12 || (words >= 7 && b.in_article)) return Block::Kind::kGood;
  return Block::Kind::kShort;
}

// The kind of the nearest block before (or after) block i that is not
// short; bad at either end.
Block::Kind NeighbourKind(const std::vector<Block>& blocks, size_t i, bool before) {
  if (before) {
    for (size_t j = i; j-- > 0;) {
      if (blocks[j].kind != Block::Kind::kShort) return blocks[j].kind;
    }
    return Block::Kind::kBad;
  }
  for (size_t j = i + 1; j < blocks.size(); ++j) {
    if (blocks[j].kind != Block::Kind::kShort) return blocks[j].kind;
  }
  return Block::Kind::kBad;
}

// jusText-style classification, then context: a short block is content
// when content lies on both sides before any bad block, or it is a heading
// followed by content.
void Classify(std::vector<Block>& blocks, const std::unordered_set<std::string>& furniture) {
  using Kind = Block::Kind;
  for (Block& b : blocks) b.kind = FirstKind(b, furniture);
  std::vector<Kind> resolved(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    resolved[i] = blocks[i].kind;
    if (blocks[i].kind != Kind::kShort) continue;
    Kind prev = NeighbourKind(blocks, i, true);
    Kind next = NeighbourKind(blocks, i, false);
    bool good =
        (prev == Kind::kGood && next == Kind::kGood) || (blocks[i].heading && next == Kind::kGood);
    resolved[i] = good ? Kind::kGood : Kind::kBad;
  }
  for (size_t i = 0; i < blocks.size(); ++i) blocks[i].kind = resolved[i];
}

// Fills the first non-empty value of each metadata field.
void SetOnce(std::string* field, const char* value) {
  if (field->empty() && value != nullptr) *field = value;
}

void ReadMeta(const GumboElement& el, RawDocument* raw) {
  const char* key = Attr(el, "property");
  if (key == nullptr) key = Attr(el, "name");
  if (key == nullptr) key = Attr(el, "itemprop");
  const char* content = Attr(el, "content");
  if (key == nullptr || content == nullptr) return;
  std::string k(key);
  for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (k == "og:site_name") {
    SetOnce(&raw->doc.source, content);
  } else if (k == "og:title") {
    SetOnce(&raw->doc.title, content);
  } else if (k == "og:url") {
    SetOnce(&raw->doc.url, content);
  } else if (k == "article:published_time" || k == "date" || k == "pubdate" ||
             k == "datepublished" || k == "dc.date" || k == "publish-date") {
    SetOnce(&raw->date_text, content);
  }
}

void ReadHeadElement(const GumboElement& el, RawDocument* raw, std::string* title_tag) {
  switch (el.tag) {
    case GUMBO_TAG_TITLE:
      if (el.children.length > 0) {
        const auto* t = static_cast<const GumboNode*>(el.children.data[0]);
        if (t->type == GUMBO_NODE_TEXT) SetOnce(title_tag, t->v.text.text);
      }
      break;
    case GUMBO_TAG_META:
      ReadMeta(el, raw);
      break;
    case GUMBO_TAG_LINK: {
      const char* rel = Attr(el, "rel");
      if (rel != nullptr && std::strcmp(rel, "canonical") == 0)
        SetOnce(&raw->doc.url, Attr(el, "href"));
      break;
    }
    case GUMBO_TAG_TIME: {
      const char* dt = Attr(el, "datetime");
      CivilDate d = dt != nullptr ? ParseLooseDate(dt) : CivilDate{};
      if (d.valid()) SetOnce(&raw->detected_date, FormatIsoDate(d).c_str());
      break;
    }
    default:
      break;
  }
}

// Walks the whole tree for metadata: <title>, <meta>, canonical <link>, <time>.
void ReadHead(const GumboNode* node, RawDocument* raw, std::string* title_tag) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector& children =
      node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
  if (node->type == GUMBO_NODE_ELEMENT) ReadHeadElement(node->v.element, raw, title_tag);
  for (unsigned i = 0; i < children.length; ++i) {
    ReadHead(static_cast<const GumboNode*>(children.data[i]), raw, title_tag);
  }
}

}  // namespace

void ReadHtml(std::string_view content, const std::string& stem, const std::string& location,
              const Context& ctx) {
  GumboOutput* output =
      gumbo_parse_with_options(&kGumboDefaultOptions, content.data(), content.size());
  RawDocument raw;
  std::string title_tag;
  ReadHead(output->document, &raw, &title_tag);
  if (raw.doc.title.empty()) raw.doc.title = title_tag;
  // <time datetime> inside the page is the article's date when the head has
  // none; it counts as metadata, since the page states it as such.
  if (raw.date_text.empty() && !raw.detected_date.empty()) {
    raw.date_text = raw.detected_date;
    raw.detected_date.clear();
  }
  Walker walker(*ctx.chrome);
  walker.Walk(output->root, false, false);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  std::vector<Block>& blocks = walker.blocks();
  Classify(blocks, *ctx.furniture);
  std::string text;
  for (const Block& b : blocks) {
    if (b.kind != Block::Kind::kGood) continue;
    if (!text.empty()) text += "\n\n";
    text += b.text;
  }
  raw.doc.text = std::move(text);
  FinishDocument(std::move(raw), stem, location, ctx);
}

}  // namespace dossier::ingest
