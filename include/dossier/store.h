// dossier/store.h: the embedded store (SQLite): documents, their text,
// sentences and every extracted layer, for later reconciliation and reports.
//
// One database file holds a corpus. Adding the same document content twice
// is a no-op (content hash). The schema lives in one place (src/store) and
// carries a version; opening a database of another version is an error.
// The store does not extract or reconcile; it keeps and gives back.
//
//   auto store = Store::Open("dossier.db", /*create=*/true);
//   (*store)->Add(doc, analysis, &added);
//   (*store)->ForEach([](const AnalyzedDocument& d) { ...; return Status::Ok();
//   });
#ifndef DOSSIER_STORE_H_
#define DOSSIER_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dossier/extract.h"
#include "dossier/status.h"
#include "dossier/types.h"

namespace dossier {

struct StoreCounts {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t numbers = 0;
  int64_t times = 0;
  int64_t entities = 0;
  int64_t quotes = 0;
  int64_t claims = 0;
  int64_t text_bytes = 0;
  int schema_version = 0;
};

class Store {
 public:
  // Opens (and with create, creates) the database at path. Errors: NotFound
  // when it does not exist and !create; InvalidArgument when the file is not
  // a dossier database or has another schema version; IoError otherwise.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, bool create);
  virtual ~Store() = default;

  // Starts and ends a batch: everything Added in between is one transaction.
  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;
  // Adds a document and its analysis. *added is false when a document with
  // the same content hash is already stored (nothing is written then). A
  // document whose id is already taken by other content is stored with the
  // id suffixed "#2", "#3", ...
  virtual Status Add(const Document& doc, const Analysis& analysis, bool* added) = 0;
  virtual Result<StoreCounts> Counts() = 0;
  // Calls fn for every stored document in insertion order, one at a time
  // (memory does not grow with the corpus). Stops at the first error fn
  // returns and returns it.
  virtual Status ForEach(const std::function<Status(const AnalyzedDocument&)>& fn) = 0;
};

// The schema version this build reads and writes.
int StoreSchemaVersion();

}  // namespace dossier

#endif  // DOSSIER_STORE_H_
