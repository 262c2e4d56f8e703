// Ingest(): expands inputs (directories recursively, sorted), guesses each
// file's format, reads compressed JSON Lines as a stream, and sends each
// document and each problem to the caller's callbacks. It never prints and
// never stops at a bad input.
#include "dossier/ingest.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "core/utf8.h"
#include "dossier/lexicon.h"
#include "ingest/internal.h"

namespace dossier {

namespace fs = std::filesystem;

bool ParseInputFormat(std::string_view name, InputFormat* format) {
  if (name == "auto") {
    *format = InputFormat::kAuto;
  } else if (name == "text" || name == "txt") {
    *format = InputFormat::kText;
  } else if (name == "markdown" || name == "md") {
    *format = InputFormat::kMarkdown;
  } else if (name == "html" || name == "htm") {
    *format = InputFormat::kHtml;
  } else if (name == "jsonl" || name == "json") {
    *format = InputFormat::kJsonl;
  } else {
    return false;
  }
  return true;
}

std::string ContentHash(const Document& doc) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a, 64 bits
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0xFF;
    h *= 1099511628211ULL;
  };
  mix(doc.text);
  mix(doc.title);
  mix(doc.source);
  mix(doc.url);
  mix(doc.date);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

namespace ingest {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string LowerName(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The default id: the file name without its extension(s).
std::string Stem(std::string_view path) {
  std::string name = fs::path(std::string(path)).filename().string();
  for (const char* ext : {".jsonl.gz", ".jsonl.zst", ".jsonl", ".json", ".txt", ".md", ".markdown",
                          ".html", ".htm"}) {
    if (EndsWith(LowerName(name), ext)) return name.substr(0, name.size() - std::strlen(ext));
  }
  size_t dot = name.rfind('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

enum class Compression { kNone, kGzip, kZstd };

InputFormat GuessFormat(std::string_view name, std::string_view head, Compression* comp) {
  std::string lower = LowerName(name);
  *comp = Compression::kNone;
  if (EndsWith(lower, ".gz")) {
    *comp = Compression::kGzip;
    return InputFormat::kJsonl;
  }
  if (EndsWith(lower, ".zst")) {
    *comp = Compression::kZstd;
    return InputFormat::kJsonl;
  }
  if (EndsWith(lower, ".jsonl") || EndsWith(lower, ".ndjson")) return InputFormat::kJsonl;
  if (EndsWith(lower, ".html") || EndsWith(lower, ".htm")) return InputFormat::kHtml;
  if (EndsWith(lower, ".md") || EndsWith(lower, ".markdown")) return InputFormat::kMarkdown;
  if (EndsWith(lower, ".txt")) return InputFormat::kText;
  size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && head[i] == '{') return InputFormat::kJsonl;
  if (i < head.size() && head[i] == '<') return InputFormat::kHtml;
  return InputFormat::kText;
}

// A stream of decompressed bytes, read in chunks.
class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to n bytes; returns 0 at the end, -1 on error.
  virtual long Read(char* buf, size_t n) = 0;
  [[nodiscard]] virtual std::string Error() const = 0;
};

class FileStream : public ByteStream {
 public:
  explicit FileStream(FILE* f, bool owned) : f_(f), owned_(owned) {}
  ~FileStream() override {
    if (owned_ && f_) std::fclose(f_);
  }
  long Read(char* buf, size_t n) override {
    size_t got = std::fread(buf, 1, n, f_);
    if (got == 0 && std::ferror(f_)) return -1;
    return static_cast<long>(got);
  }
  [[nodiscard]] std::string Error() const override { return std::strerror(errno); }

 private:
  FILE* f_;
  bool owned_;
};

class GzipStream : public ByteStream {
 public:
  explicit GzipStream(gzFile f) : f_(f) {}
  ~GzipStream() override { gzclose(f_); }
  long Read(char* buf, size_t n) override {
    int got = gzread(f_, buf, static_cast<unsigned>(std::min<size_t>(n, 1 << 30)));
    return got < 0 ? -1 : got;
  }
  [[nodiscard]] std::string Error() const override {
    int code = 0;
    const char* msg = gzerror(f_, &code);
    return msg ? msg : "gzip error";
  }

 private:
  gzFile f_;
};

class ZstdStream : public ByteStream {
 public:
  explicit ZstdStream(FILE* f) : f_(f), in_buf_(ZSTD_DStreamInSize()) {
    ds_ = ZSTD_createDStream();
    ZSTD_initDStream(ds_);
    in_ = {in_buf_.data(), 0, 0};
  }
  ~ZstdStream() override {
    ZSTD_freeDStream(ds_);
    std::fclose(f_);
  }
  long Read(char* buf, size_t n) override {
    ZSTD_outBuffer out = {buf, n, 0};
    while (out.pos == 0) {
      if (in_.pos == in_.size) {
        size_t got = std::fread(in_buf_.data(), 1, in_buf_.size(), f_);
        if (got == 0) return std::ferror(f_) ? -1 : 0;
        in_ = {in_buf_.data(), got, 0};
      }
      size_t r = ZSTD_decompressStream(ds_, &out, &in_);
      if (ZSTD_isError(r)) {
        error_ = ZSTD_getErrorName(r);
        return -1;
      }
    }
    return static_cast<long>(out.pos);
  }
  [[nodiscard]] std::string Error() const override {
    return error_.empty() ? "zstd read error" : error_;
  }

 private:
  FILE* f_;
  ZSTD_DStream* ds_;
  std::vector<char> in_buf_;
  ZSTD_inBuffer in_;
  std::string error_;
};

class EmptyStream : public ByteStream {
 public:
  long Read(char*, size_t) override { return 0; }
  [[nodiscard]] std::string Error() const override { return ""; }
};

// Reads a whole stream into *out; false with *error on failure.
bool ReadAll(ByteStream& s, std::string* out, std::string* error) {
  char buf[1 << 16];
  while (true) {
    long n = s.Read(buf, sizeof buf);
    if (n < 0) {
      *error = s.Error();
      return false;
    }
    if (n == 0) return true;
    out->append(buf, static_cast<size_t>(n));
  }
}

// The complete lines of a JSON Lines stream read so far, each handed to
// ReadJsonlLine with its line number; blank lines are skipped.
class JsonlLines {
 public:
  JsonlLines(std::string_view prefix, const std::string& name, const Context& ctx)
      : pending_(prefix), stem_(Stem(name)), name_(name), ctx_(ctx) {}

  void Append(const char* data, size_t n) { pending_.append(data, n); }

  // Reads every complete line; at the end, the last one too.
  void Drain(bool at_end) {
    size_t pos = 0;
    while (pos < pending_.size()) {
      size_t nl = pending_.find('\n', pos);
      if (nl == std::string::npos && !at_end) break;
      if (nl == std::string::npos) nl = pending_.size();
      Line(std::string_view(pending_.data() + pos, nl - pos));
      pos = std::min(nl + 1, pending_.size());
    }
    pending_.erase(0, pos);
  }

 private:
  void Line(std::string_view line) {
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    bool blank = std::all_of(line.begin(), line.end(),
                             [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
    if (!blank) ReadJsonlLine(line, line_number_, stem_, name_, ctx_);
  }

  std::string pending_;
  std::string stem_;
  const std::string& name_;
  const Context& ctx_;
  size_t line_number_ = 0;
};

// Streams JSON Lines: one record at a time, so memory stays flat.
void ReadJsonlStream(ByteStream& s, const std::string& name, std::string_view prefix,
                     const Context& ctx) {
  JsonlLines lines(prefix, name, ctx);
  char buf[1 << 16];
  lines.Drain(false);
  while (true) {
    long n = s.Read(buf, sizeof buf);
    if (n < 0) {
      ctx.Skip(name, "read error: " + s.Error());
      return;
    }
    if (n == 0) break;
    ctx.stats->bytes += static_cast<size_t>(n);
    lines.Append(buf, static_cast<size_t>(n));
    lines.Drain(false);
  }
  lines.Drain(true);
}

void ReadDocumentBytes(const std::string& name, std::string_view content, InputFormat format,
                       const Context& ctx) {
  if (LooksBinary(content)) {
    ctx.Skip(name, "binary file, skipped");
    return;
  }
  std::string stem = Stem(name);
  switch (format) {
    case InputFormat::kHtml:
      ReadHtml(content, stem, name, ctx);
      break;
    case InputFormat::kMarkdown:
      ReadText(content, true, stem, name, ctx);
      break;
    case InputFormat::kJsonl: {
      EmptyStream none;  // the whole buffer is the stream's prefix
      ReadJsonlStream(none, name, content, ctx);
      break;
    }
    default:
      ReadText(content, false, stem, name, ctx);
      break;
  }
}

// The word lists ingest reads (page furniture, HTML chrome), lower-cased;
// a list that cannot be loaded is a warning and stays empty.
struct WordLists {
  std::unordered_set<std::string> furniture;
  std::vector<std::string> chrome;

  WordLists(const IngestOptions& options, const DiagnosticCallback& on_diagnostic) {
    LexiconLoader loader(options.lexicon_dir);
    auto load = [&](const char* name, auto add) {
      Result<std::string> text = loader.Load(name);
      if (!text.ok()) {
        on_diagnostic(Diagnostic{Diagnostic::Severity::kWarning, name, text.status().message()});
        return;
      }
      for (const LexiconLine& line : SplitLexicon(*text)) {
        std::string w(line.fields[0]);
        for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        add(std::move(w));
      }
    };
    load("ingest/furniture.txt", [&](std::string w) { furniture.insert(std::move(w)); });
    load("ingest/html_chrome.txt", [&](std::string w) { chrome.push_back(std::move(w)); });
  }

  Context MakeContext(const IngestOptions& options, const DocumentCallback& on_document,
                      const DiagnosticCallback& on_diagnostic, IngestStats* stats) const {
    Context ctx{&options, &on_document, &on_diagnostic, &furniture, stats};
    ctx.chrome = &chrome;
    return ctx;
  }
};

void IngestFile(const std::string& path, const Context& ctx) {
  bool is_stdin = path == "-";
  std::string name = is_stdin ? "<stdin>" : path;
  FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    ctx.Skip(name, std::string("cannot open: ") + std::strerror(errno));
    return;
  }
  // Peek at the start to guess the format.
  char head[512];
  size_t head_len = std::fread(head, 1, sizeof head, f);
  std::string_view head_view(head, head_len);
  Compression comp;
  InputFormat format = GuessFormat(is_stdin ? "" : name, head_view, &comp);
  if (ctx.options->format != InputFormat::kAuto) format = ctx.options->format;
  if (comp == Compression::kGzip) {
    if (!is_stdin) std::fclose(f);
    gzFile g = gzopen(path.c_str(), "rb");
    if (g == nullptr) {
      ctx.Skip(name, "cannot open gzip stream");
      return;
    }
    GzipStream gs(g);
    ReadJsonlStream(gs, name, "", ctx);
    return;
  }
  if (comp == Compression::kZstd) {
    std::rewind(f);
    ZstdStream zs(f);
    ReadJsonlStream(zs, name, "", ctx);
    return;
  }
  FileStream fs(f, !is_stdin);
  ctx.stats->bytes += head_len;
  if (format == InputFormat::kJsonl) {
    ReadJsonlStream(fs, name, head_view, ctx);
    return;
  }
  std::string content(head_view);
  std::string error;
  size_t before = content.size();
  if (!ReadAll(fs, &content, &error)) {
    ctx.Skip(name, "read error: " + error);
    return;
  }
  ctx.stats->bytes += content.size() - before;
  ReadDocumentBytes(name, content, format, ctx);
}

// Every regular file under a directory, hidden files left out, in sorted
// order.
void IngestDirectory(const std::string& input, const Context& ctx) {
  std::error_code ec;
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(
           input, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') continue;  // hidden files
    files.push_back(it->path().string());
  }
  if (ec) ctx.Skip(input, "cannot read directory: " + ec.message());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) IngestFile(f, ctx);
}

}  // namespace
}  // namespace ingest

IngestStats Ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
                   const DocumentCallback& on_document, const DiagnosticCallback& on_diagnostic) {
  IngestStats stats;
  ingest::WordLists words(options, on_diagnostic);
  ingest::Context ctx = words.MakeContext(options, on_document, on_diagnostic, &stats);
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      ingest::IngestDirectory(input, ctx);
    } else if (input != "-" && !fs::exists(input, ec)) {
      ctx.Skip(input, "no such file or directory");
    } else {
      ingest::IngestFile(input, ctx);
    }
  }
  return stats;
}

IngestStats IngestBuffer(std::string_view name, std::string_view content,
                         const IngestOptions& options, const DocumentCallback& on_document,
                         const DiagnosticCallback& on_diagnostic) {
  IngestStats stats;
  ingest::WordLists words(options, on_diagnostic);
  ingest::Context ctx = words.MakeContext(options, on_document, on_diagnostic, &stats);
  ingest::Compression comp;
  InputFormat format = ingest::GuessFormat(name, content.substr(0, 512), &comp);
  if (options.format != InputFormat::kAuto) format = options.format;
  stats.bytes = content.size();
  ingest::ReadDocumentBytes(std::string(name), content, format, ctx);
  return stats;
}

}  // namespace dossier
