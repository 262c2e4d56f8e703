// The schema of a dossier database. Every table but documents and meta is
// keyed by (doc, idx): doc is documents.rowid, idx the item's index in its
// document's array, so the JSON indexes (parent, time, number, range_other)
// stay valid. Offsets are byte offsets into documents.text.
#include "store/schema.h"

namespace dossier::store {

const char kSchemaSql[] = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  source TEXT, title TEXT, url TEXT,
  date TEXT,
  date_origin TEXT NOT NULL,
  origin TEXT,
  text TEXT NOT NULL,
  metadata TEXT NOT NULL,   -- JSON object of other metadata keys
  warnings TEXT NOT NULL    -- JSON array of messages
);
CREATE TABLE sentences (
  doc INTEGER NOT NULL REFERENCES documents(rowid), idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)) WITHOUT ROWID;
CREATE TABLE numbers (
  doc INTEGER NOT NULL REFERENCES documents(rowid), idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, value REAL NOT NULL, value_high REAL,
  kind TEXT NOT NULL, qualifier TEXT NOT NULL, unit TEXT, rule TEXT NOT NULL,
  value_start INTEGER NOT NULL, value_end INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)) WITHOUT ROWID;
CREATE TABLE times (
  doc INTEGER NOT NULL REFERENCES documents(rowid), idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, type TEXT NOT NULL, value TEXT, mod TEXT,
  anchor TEXT NOT NULL, anchor_index INTEGER, range TEXT, range_other INTEGER,
  sentence INTEGER NOT NULL, rule TEXT NOT NULL, null_reason TEXT, implied_event_date TEXT,
  PRIMARY KEY (doc, idx)) WITHOUT ROWID;
CREATE TABLE entities (
  doc INTEGER NOT NULL REFERENCES documents(rowid), idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, type TEXT NOT NULL, canonical TEXT NOT NULL,
  role TEXT, sentence INTEGER NOT NULL, rule TEXT NOT NULL,
  PRIMARY KEY (doc, idx)) WITHOUT ROWID;
CREATE TABLE quotes (
  doc INTEGER NOT NULL REFERENCES documents(rowid), idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, speaker TEXT, speaker_start INTEGER,
  speaker_end INTEGER, kind TEXT NOT NULL, verb TEXT, sentence INTEGER NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (doc, idx)) WITHOUT ROWID;
CREATE TABLE claims (
  doc INTEGER NOT NULL REFERENCES documents(rowid), idx INTEGER NOT NULL,
  category TEXT NOT NULL, grp TEXT, group_class TEXT, modifier TEXT,
  value REAL NOT NULL, value_high REAL, qualifier TEXT NOT NULL, unit TEXT,
  parent INTEGER, attributed_to TEXT, time INTEGER, number INTEGER,
  sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  modality TEXT, rule TEXT NOT NULL,
  PRIMARY KEY (doc, idx)) WITHOUT ROWID;
CREATE TABLE layer_warnings (
  doc INTEGER NOT NULL REFERENCES documents(rowid), idx INTEGER NOT NULL, message TEXT NOT NULL,
  PRIMARY KEY (doc, idx)) WITHOUT ROWID;
CREATE INDEX claims_by_category ON claims (category, group_class);
CREATE INDEX entities_by_canonical ON entities (canonical);
)sql";

}  // namespace dossier::store
