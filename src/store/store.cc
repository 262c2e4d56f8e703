// The SQLite store: writes a document and its layers in batch transactions,
// reads them back one document at a time by stepping one cursor per table in
// (doc, idx) order, so reading N documents costs one pass over each table.
// It does not interpret what it stores.
#include "dossier/store.h"

#include <sqlite3.h>

#include <charconv>
#include <mutex>
#include <string>
#include <unordered_set>

#include "dossier/ingest.h"
#include "dossier/json.h"
#include "store/schema.h"

namespace dossier {
namespace {

// Rule names are static strings in the layers; read back from the database
// they are interned here so string_views stay valid for the process.
std::string_view Intern(std::string_view s) {
  static std::mutex mu;
  // NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): the pool grows
  static auto& pool = *new std::unordered_set<std::string>();
  std::lock_guard<std::mutex> lock(mu);
  return *pool.emplace(s).first;
}

class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(s_); }
  Status Prepare(sqlite3* db, const char* sql) {
    sqlite3_finalize(s_);
    s_ = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) != SQLITE_OK) {
      return Internal(std::string("sqlite prepare: ") + sqlite3_errmsg(db));
    }
    return Status::Ok();
  }
  sqlite3_stmt* get() { return s_; }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  void Text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void TextOrNull(int i, std::string_view v) {
    if (v.empty()) {
      sqlite3_bind_null(s_, i);
    } else {
      Text(i, v);
    }
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void IntOrNull(int i, const std::optional<size_t>& v) {
    if (v) {
      Int(i, static_cast<int64_t>(*v));
    } else {
      sqlite3_bind_null(s_, i);
    }
  }
  void Real(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void RealOrNull(int i, const std::optional<double>& v) {
    if (v) {
      Real(i, *v);
    } else {
      sqlite3_bind_null(s_, i);
    }
  }
  // Column readers.
  std::string ColText(int i) {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(s_, i))
             : std::string();
  }
  int64_t ColInt(int i) { return sqlite3_column_int64(s_, i); }
  double ColReal(int i) { return sqlite3_column_double(s_, i); }
  bool ColNull(int i) { return sqlite3_column_type(s_, i) == SQLITE_NULL; }
  std::optional<size_t> ColOptIndex(int i) {
    if (ColNull(i)) return std::nullopt;
    return static_cast<size_t>(ColInt(i));
  }
  std::optional<double> ColOptReal(int i) {
    if (ColNull(i)) return std::nullopt;
    return ColReal(i);
  }

 private:
  sqlite3_stmt* s_ = nullptr;
};

template <typename E, typename F>
E ParseEnum(std::string_view name, F name_of, int count, E fallback) {
  for (int i = 0; i < count; ++i) {
    if (name_of(static_cast<E>(i)) == name) return static_cast<E>(i);
  }
  return fallback;
}

std::string_view AnchorName(TimeAnchor a) {
  switch (a) {
    case TimeAnchor::kAbsolute:
      return "absolute";
    case TimeAnchor::kDocumentDate:
      return "document_date";
    case TimeAnchor::kMention:
      return "mention";
  }
  return "absolute";
}

class SqliteStore : public Store {
 public:
  // close_v2 waits for the member statements, finalised after this body.
  ~SqliteStore() override { sqlite3_close_v2(db_); }

  // A database with the dossier schema, or a new empty one given it
  // (create); InvalidArgument for any other database.
  Status EnsureSchema(const std::string& path, bool create) {
    bool has_meta = false;
    {
      Stmt s;
      if (!s.Prepare(db_, "SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").ok())
        return InvalidArgument(path + ": not a SQLite database");
      has_meta = sqlite3_step(s.get()) == SQLITE_ROW;
    }
    if (!has_meta) {
      Stmt any;
      DOSSIER_RETURN_IF_ERROR(any.Prepare(db_, "SELECT count(*) FROM sqlite_master"));
      sqlite3_step(any.get());
      if (any.ColInt(0) > 0) return InvalidArgument(path + ": not a dossier database");
      if (!create) return InvalidArgument(path + ": empty database");
      DOSSIER_RETURN_IF_ERROR(Exec(store::kSchemaSql));
      DOSSIER_RETURN_IF_ERROR(Exec("INSERT INTO meta VALUES ('schema_version', '" +
                                   std::to_string(store::kSchemaVersion) + "')"));
    }
    return Status::Ok();
  }

  Status Init(const std::string& path, bool create) {
    int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "cannot open";
      return create ? IoError(path + ": " + msg) : NotFound(path + ": " + msg);
    }
    (void)Exec("PRAGMA journal_mode=WAL");
    (void)Exec("PRAGMA synchronous=NORMAL");
    (void)Exec("PRAGMA foreign_keys=ON");
    DOSSIER_RETURN_IF_ERROR(EnsureSchema(path, create));
    Stmt v;
    DOSSIER_RETURN_IF_ERROR(v.Prepare(db_, "SELECT value FROM meta WHERE key='schema_version'"));
    if (sqlite3_step(v.get()) != SQLITE_ROW) return InvalidArgument(path + ": no schema version");
    std::string version = v.ColText(0);
    auto [end, ec] = std::from_chars(version.data(), version.data() + version.size(), version_);
    if (ec != std::errc() || end != version.data() + version.size())
      return InvalidArgument(path + ": bad schema version '" + version + "'");
    if (version_ != store::kSchemaVersion) {
      return InvalidArgument(path + ": schema version " + std::to_string(version_) +
                             ", this dossier reads version " +
                             std::to_string(store::kSchemaVersion) + "; rebuild the database");
    }
    return PrepareAll();
  }

  Status BeginBatch() override { return Exec("BEGIN"); }
  Status CommitBatch() override { return Exec("COMMIT"); }

  Status Add(const Document& doc, const Analysis& a, bool* added) override {
    *added = false;
    std::string hash = ContentHash(doc);
    find_hash_.Reset();
    find_hash_.Text(1, hash);
    if (sqlite3_step(find_hash_.get()) == SQLITE_ROW) return Status::Ok();
    std::string id = doc.id;
    for (int n = 2;; ++n) {
      find_id_.Reset();
      find_id_.Text(1, id);
      if (sqlite3_step(find_id_.get()) != SQLITE_ROW) break;
      id = doc.id + "#" + std::to_string(n);
    }
    std::string metadata, warnings;
    {
      JsonWriter w(&metadata);
      w.BeginObject();
      for (const auto& [k, val] : doc.metadata) w.Field(k, val);
      w.EndObject();
      JsonWriter ww(&warnings);
      ww.BeginArray();
      for (const std::string& m : doc.warnings) ww.String(m);
      ww.EndArray();
    }
    Stmt& d = insert_doc_;
    d.Reset();
    d.Text(1, id);
    d.Text(2, hash);
    d.TextOrNull(3, doc.source);
    d.TextOrNull(4, doc.title);
    d.TextOrNull(5, doc.url);
    d.TextOrNull(6, doc.date);
    d.Text(7, DateOriginName(doc.date_origin));
    d.TextOrNull(8, doc.origin);
    d.Text(9, doc.text);
    d.Text(10, metadata);
    d.Text(11, warnings);
    DOSSIER_RETURN_IF_ERROR(Step(d));
    int64_t row = sqlite3_last_insert_rowid(db_);
    DOSSIER_RETURN_IF_ERROR(AddLayers(row, a));
    *added = true;
    return Status::Ok();
  }

  Result<StoreCounts> Counts() override {
    StoreCounts c;
    c.schema_version = version_;
    struct Item {
      const char* table;
      int64_t* out;
    } items[] = {{"documents", &c.documents}, {"sentences", &c.sentences}, {"numbers", &c.numbers},
                 {"times", &c.times},         {"entities", &c.entities},   {"quotes", &c.quotes},
                 {"claims", &c.claims}};
    for (const Item& it : items) {
      Stmt s;
      DOSSIER_RETURN_IF_ERROR(
          s.Prepare(db_, (std::string("SELECT count(*) FROM ") + it.table).c_str()));
      if (sqlite3_step(s.get()) == SQLITE_ROW) *it.out = s.ColInt(0);
    }
    Stmt t;
    DOSSIER_RETURN_IF_ERROR(
        t.Prepare(db_, "SELECT coalesce(sum(length(CAST(text AS BLOB))),0) FROM documents"));
    if (sqlite3_step(t.get()) == SQLITE_ROW) c.text_bytes = t.ColInt(0);
    return c;
  }

  Status ForEach(const std::function<Status(const AnalyzedDocument&)>& fn) override;

 private:
  Status Exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "sqlite error";
      sqlite3_free(err);
      return IoError("sqlite: " + msg);
    }
    return Status::Ok();
  }
  Status Step(Stmt& s) {
    int rc = sqlite3_step(s.get());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
      return IoError(std::string("sqlite: ") + sqlite3_errmsg(db_));
    }
    return Status::Ok();
  }
  Status PrepareAll();
  Status AddLayers(int64_t row, const Analysis& a);
  // Inserts one row per item: (doc row, index, what bind sets from 3 on).
  template <typename T, typename Bind>
  Status InsertAll(Stmt* s, int64_t row, const std::vector<T>& items, Bind bind) {
    for (size_t i = 0; i < items.size(); ++i) {
      s->Reset();
      s->Int(1, row);
      s->Int(2, static_cast<int64_t>(i));
      bind(*s, items[i]);
      DOSSIER_RETURN_IF_ERROR(Step(*s));
    }
    return Status::Ok();
  }

  sqlite3* db_ = nullptr;
  int version_ = 0;
  Stmt insert_doc_, find_hash_, find_id_, ins_sentence_, ins_number_, ins_time_, ins_entity_,
      ins_quote_, ins_claim_, ins_warning_;
};

Status SqliteStore::PrepareAll() {
  const std::pair<Stmt*, const char*> statements[] = {
      {&insert_doc_,
       "INSERT INTO documents (id, hash, source, title, url, date, date_origin, origin, text, "
       "metadata, warnings) VALUES (?,?,?,?,?,?,?,?,?,?,?)"},
      {&find_hash_, "SELECT 1 FROM documents WHERE hash=?"},
      {&find_id_, "SELECT 1 FROM documents WHERE id=?"},
      {&ins_sentence_, "INSERT INTO sentences VALUES (?,?,?,?)"},
      {&ins_number_, "INSERT INTO numbers VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&ins_time_, "INSERT INTO times VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&ins_entity_, "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?)"},
      {&ins_quote_, "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?)"},
      {&ins_claim_, "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"},
      {&ins_warning_, "INSERT INTO layer_warnings VALUES (?,?,?)"},
  };
  for (const auto& [stmt, sql] : statements) DOSSIER_RETURN_IF_ERROR(stmt->Prepare(db_, sql));
  return Status::Ok();
}

Status SqliteStore::AddLayers(int64_t row, const Analysis& a) {
  DOSSIER_RETURN_IF_ERROR(
      InsertAll(&ins_sentence_, row, a.sentences, [](Stmt& s, const Sentence& x) {
        s.Int(3, static_cast<int64_t>(x.start));
        s.Int(4, static_cast<int64_t>(x.end));
      }));
  DOSSIER_RETURN_IF_ERROR(
      InsertAll(&ins_number_, row, a.numbers, [](Stmt& s, const NumberMention& n) {
        s.Int(3, static_cast<int64_t>(n.start));
        s.Int(4, static_cast<int64_t>(n.end));
        s.Real(5, n.value);
        s.RealOrNull(6, n.value_high);
        s.Text(7, NumberKindName(n.kind));
        s.Text(8, QualifierName(n.qualifier));
        s.TextOrNull(9, n.unit);
        s.Text(10, n.rule);
        s.Int(11, static_cast<int64_t>(n.value_start));
        s.Int(12, static_cast<int64_t>(n.value_end));
      }));
  DOSSIER_RETURN_IF_ERROR(InsertAll(&ins_time_, row, a.times, [](Stmt& s, const TimeMention& t) {
    s.Int(3, static_cast<int64_t>(t.start));
    s.Int(4, static_cast<int64_t>(t.end));
    s.Text(5, TimeTypeName(t.type));
    s.TextOrNull(6, t.value);
    s.TextOrNull(7, t.mod);
    s.Text(8, AnchorName(t.anchor));
    s.IntOrNull(9, t.anchor_index);
    s.TextOrNull(10, t.range);
    s.IntOrNull(11, t.range_other);
    s.Int(12, static_cast<int64_t>(t.sentence));
    s.Text(13, t.rule);
    s.TextOrNull(14, t.null_reason);
    s.TextOrNull(15, t.implied_event_date);
  }));
  DOSSIER_RETURN_IF_ERROR(
      InsertAll(&ins_entity_, row, a.entities, [](Stmt& s, const EntityMention& e) {
        s.Int(3, static_cast<int64_t>(e.start));
        s.Int(4, static_cast<int64_t>(e.end));
        s.Text(5, EntityTypeName(e.type));
        s.Text(6, e.canonical);
        s.TextOrNull(7, e.role);
        s.Int(8, static_cast<int64_t>(e.sentence));
        s.Text(9, e.rule);
      }));
  DOSSIER_RETURN_IF_ERROR(InsertAll(&ins_quote_, row, a.quotes, [](Stmt& s, const Quote& q) {
    s.Int(3, static_cast<int64_t>(q.start));
    s.Int(4, static_cast<int64_t>(q.end));
    s.TextOrNull(5, q.speaker);
    s.IntOrNull(6, q.speaker_start);
    s.IntOrNull(7, q.speaker_end);
    s.Text(8, QuoteKindName(q.kind));
    s.TextOrNull(9, q.verb);
    s.Int(10, static_cast<int64_t>(q.sentence));
    s.Text(11, q.rule);
  }));
  DOSSIER_RETURN_IF_ERROR(InsertAll(&ins_claim_, row, a.claims, [](Stmt& s, const Claim& c) {
    s.Text(3, c.category);
    s.TextOrNull(4, c.group);
    s.TextOrNull(5, c.group_class);
    s.TextOrNull(6, c.modifier);
    s.Real(7, c.value);
    s.RealOrNull(8, c.value_high);
    s.Text(9, QualifierName(c.qualifier));
    s.TextOrNull(10, c.unit);
    s.IntOrNull(11, c.parent);
    s.TextOrNull(12, c.attributed_to);
    s.IntOrNull(13, c.time);
    s.IntOrNull(14, c.number);
    s.Int(15, static_cast<int64_t>(c.sentence));
    s.Int(16, static_cast<int64_t>(c.start));
    s.Int(17, static_cast<int64_t>(c.end));
    s.TextOrNull(18, c.modality);
    s.Text(19, c.rule);
  }));
  return InsertAll(&ins_warning_, row, a.warnings,
                   [](Stmt& s, const std::string& w) { s.Text(3, w); });
}

// One cursor over a (doc, idx)-keyed table, stepped in document order.
struct Cursor {
  Stmt stmt;
  bool has_row = false;
  Status Open(sqlite3* db, const std::string& sql) {
    DOSSIER_RETURN_IF_ERROR(stmt.Prepare(db, sql.c_str()));
    has_row = sqlite3_step(stmt.get()) == SQLITE_ROW;
    return Status::Ok();
  }
  // Calls read(stmt) for each row of document `row`, then stops before the next.
  template <typename F>
  void Take(int64_t row, F read) {
    while (has_row && stmt.ColInt(0) < row) has_row = sqlite3_step(stmt.get()) == SQLITE_ROW;
    while (has_row && stmt.ColInt(0) == row) {
      read(stmt);
      has_row = sqlite3_step(stmt.get()) == SQLITE_ROW;
    }
  }
};

std::vector<std::pair<std::string, std::string>> ParseFlatObject(std::string_view json);
std::vector<std::string> ParseStringArray(std::string_view json);

// The cursors over the layer tables, stepped along the documents.
struct LayerCursors {
  Cursor sentences, numbers, times, entities, quotes, claims, warnings;

  Status Open(sqlite3* db) {
    auto sel = [](const char* cols, const char* table) {
      return std::string("SELECT doc, ") + cols + " FROM " + table + " ORDER BY doc, idx";
    };
    const std::pair<Cursor*, std::string> tables[] = {
        {&sentences, sel("start, end", "sentences")},
        {&numbers,
         sel("start, end, value, value_high, kind, qualifier, unit, rule, value_start, value_end",
             "numbers")},
        {&times, sel("start, end, type, value, mod, anchor, anchor_index, range, range_other, "
                     "sentence, rule, null_reason, implied_event_date",
                     "times")},
        {&entities, sel("start, end, type, canonical, role, sentence, rule", "entities")},
        {&quotes, sel("start, end, speaker, speaker_start, speaker_end, kind, verb, sentence, rule",
                      "quotes")},
        {&claims,
         sel("category, grp, group_class, modifier, value, value_high, qualifier, unit, parent, "
             "attributed_to, time, number, sentence, start, end, modality, rule",
             "claims")},
        {&warnings, sel("message", "layer_warnings")},
    };
    for (const auto& [cursor, sql] : tables) DOSSIER_RETURN_IF_ERROR(cursor->Open(db, sql));
    return Status::Ok();
  }

  // Reads the layers of document `row` into *a.
  void Take(int64_t row, Analysis* a) {
    sentences.Take(row, [&](Stmt& s) {
      a->sentences.push_back(
          Sentence{static_cast<size_t>(s.ColInt(1)), static_cast<size_t>(s.ColInt(2))});
    });
    numbers.Take(row, [&](Stmt& s) {
      NumberMention n;
      n.start = static_cast<size_t>(s.ColInt(1));
      n.end = static_cast<size_t>(s.ColInt(2));
      n.value = s.ColReal(3);
      n.value_high = s.ColOptReal(4);
      n.kind = ParseEnum<NumberKind>(s.ColText(5), NumberKindName, 14, NumberKind::kCardinal);
      n.qualifier = ParseEnum<Qualifier>(s.ColText(6), QualifierName, 6, Qualifier::kExact);
      n.unit = s.ColText(7);
      n.rule = Intern(s.ColText(8));
      n.value_start = static_cast<size_t>(s.ColInt(9));
      n.value_end = static_cast<size_t>(s.ColInt(10));
      a->numbers.push_back(std::move(n));
    });

    times.Take(row, [&](Stmt& s) {
      TimeMention t;
      t.start = static_cast<size_t>(s.ColInt(1));
      t.end = static_cast<size_t>(s.ColInt(2));
      t.type = ParseEnum<TimeType>(s.ColText(3), TimeTypeName, 4, TimeType::kDate);
      t.value = s.ColText(4);
      t.mod = s.ColText(5);
      t.anchor = ParseEnum<TimeAnchor>(s.ColText(6), AnchorName, 3, TimeAnchor::kAbsolute);
      t.anchor_index = s.ColOptIndex(7);
      t.range = s.ColText(8);
      t.range_other = s.ColOptIndex(9);
      t.sentence = static_cast<size_t>(s.ColInt(10));
      t.rule = Intern(s.ColText(11));
      t.null_reason = s.ColText(12);
      t.implied_event_date = s.ColText(13);
      a->times.push_back(std::move(t));
    });

    entities.Take(row, [&](Stmt& s) {
      EntityMention e;
      e.start = static_cast<size_t>(s.ColInt(1));
      e.end = static_cast<size_t>(s.ColInt(2));
      e.type = ParseEnum<EntityType>(s.ColText(3), EntityTypeName, 6, EntityType::kOther);
      e.canonical = s.ColText(4);
      e.role = s.ColText(5);
      e.sentence = static_cast<size_t>(s.ColInt(6));
      e.rule = Intern(s.ColText(7));
      a->entities.push_back(std::move(e));
    });

    quotes.Take(row, [&](Stmt& s) {
      Quote q;
      q.start = static_cast<size_t>(s.ColInt(1));
      q.end = static_cast<size_t>(s.ColInt(2));
      q.speaker = s.ColText(3);
      q.speaker_start = s.ColOptIndex(4);
      q.speaker_end = s.ColOptIndex(5);
      q.kind = ParseEnum<QuoteKind>(s.ColText(6), QuoteKindName, 3, QuoteKind::kDirect);
      q.verb = s.ColText(7);
      q.sentence = static_cast<size_t>(s.ColInt(8));
      q.rule = Intern(s.ColText(9));
      a->quotes.push_back(std::move(q));
    });

    claims.Take(row, [&](Stmt& s) {
      Claim c;
      c.category = s.ColText(1);
      c.group = s.ColText(2);
      c.group_class = s.ColText(3);
      c.modifier = s.ColText(4);
      c.value = s.ColReal(5);
      c.value_high = s.ColOptReal(6);
      c.qualifier = ParseEnum<Qualifier>(s.ColText(7), QualifierName, 6, Qualifier::kExact);
      c.unit = s.ColText(8);
      c.parent = s.ColOptIndex(9);
      c.attributed_to = s.ColText(10);
      c.time = s.ColOptIndex(11);
      c.number = s.ColOptIndex(12);
      c.sentence = static_cast<size_t>(s.ColInt(13));
      c.start = static_cast<size_t>(s.ColInt(14));
      c.end = static_cast<size_t>(s.ColInt(15));
      c.modality = s.ColText(16);
      c.rule = Intern(s.ColText(17));
      a->claims.push_back(std::move(c));
    });

    warnings.Take(row, [&](Stmt& s) { a->warnings.push_back(s.ColText(1)); });
  }
};

// Reads a documents row (rowid first) into *d.
void ReadDocumentRow(Stmt& docs, Document* d) {
  d->id = docs.ColText(1);
  d->source = docs.ColText(2);
  d->title = docs.ColText(3);
  d->url = docs.ColText(4);
  d->date = docs.ColText(5);
  std::string origin = docs.ColText(6);
  d->date_origin = ParseEnum<DateOrigin>(origin, DateOriginName, 4, DateOrigin::kNone);
  d->origin = docs.ColText(7);
  d->text = docs.ColText(8);
  d->metadata = ParseFlatObject(docs.ColText(9));
  d->warnings = ParseStringArray(docs.ColText(10));
}

Status SqliteStore::ForEach(const std::function<Status(const AnalyzedDocument&)>& fn) {
  Stmt docs;
  DOSSIER_RETURN_IF_ERROR(docs.Prepare(
      db_,
      "SELECT rowid, id, source, title, url, date, date_origin, origin, text, metadata, warnings "
      "FROM documents ORDER BY rowid"));
  LayerCursors layers;
  DOSSIER_RETURN_IF_ERROR(layers.Open(db_));
  AnalyzedDocument ad;
  while (sqlite3_step(docs.get()) == SQLITE_ROW) {
    int64_t row = docs.ColInt(0);
    ad = AnalyzedDocument();
    ReadDocumentRow(docs, &ad.document);
    layers.Take(row, &ad.analysis);
    DOSSIER_RETURN_IF_ERROR(fn(ad));
  }
  return Status::Ok();
}

// Minimal readers for the two JSON shapes the store itself writes: a flat
// object of strings and an array of strings (escapes as JsonWriter makes them).
std::string ReadJsonString(std::string_view s, size_t* i) {
  std::string out;
  ++*i;  // opening quote
  while (*i < s.size() && s[*i] != '"') {
    char c = s[*i];
    if (c == '\\' && *i + 1 < s.size()) {
      char e = s[++*i];
      switch (e) {
        case 'n':
          out.push_back('\n');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'u': {
          unsigned v = std::stoul(std::string(s.substr(*i + 1, 4)), nullptr, 16);
          out.push_back(static_cast<char>(v));
          *i += 4;
          break;
        }
        default:
          out.push_back(e);
      }
    } else {
      out.push_back(c);
    }
    ++*i;
  }
  ++*i;  // closing quote
  return out;
}

std::vector<std::pair<std::string, std::string>> ParseFlatObject(std::string_view json) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0;
  while (i < json.size()) {
    if (json[i] != '"') {
      ++i;
      continue;
    }
    std::string key = ReadJsonString(json, &i);
    while (i < json.size() && json[i] != '"') ++i;
    if (i >= json.size()) break;
    out.emplace_back(std::move(key), ReadJsonString(json, &i));
  }
  return out;
}

std::vector<std::string> ParseStringArray(std::string_view json) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < json.size()) {
    if (json[i] == '"') {
      out.push_back(ReadJsonString(json, &i));
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace

int StoreSchemaVersion() { return store::kSchemaVersion; }

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, bool create) {
  auto store = std::make_unique<SqliteStore>();
  Status s = store->Init(path, create);
  if (!s.ok()) return s;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dossier
