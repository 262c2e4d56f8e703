// store/schema.h: the SQLite schema, in one place, with its version.
// Internal to src/store.
#ifndef DOSSIER_STORE_SCHEMA_H_
#define DOSSIER_STORE_SCHEMA_H_

namespace dossier::store {

inline constexpr int kSchemaVersion = 1;
// Statements that create every table and index of a new database.
extern const char kSchemaSql[];

}  // namespace dossier::store

#endif  // DOSSIER_STORE_SCHEMA_H_
