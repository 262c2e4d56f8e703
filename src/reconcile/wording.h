// Wording: the key noun phrases each report uses for the event and its
// parties, counted per report, side by side: "the X <event noun>" phrases,
// "<Capitalised> [words] <party noun>" phrases and capitalised multiword
// names. Vocabulary from lexicons. It never rates or ranks the wording.
#ifndef DOSSIER_RECONCILE_WORDING_H_
#define DOSSIER_RECONCILE_WORDING_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/reconcile.h"
#include "reconcile/common.h"

namespace dossier::reconcile {

struct WordingLexicon {
  HashSet64 event_nouns;  // HashLower of each word
  HashSet64 party_nouns;
  HashSet64 stop_words;
};

class WordingCounter {
 public:
  WordingCounter(const ReconcileOptions& options, WordingLexicon lexicon);
  // words: ScanWords(d.document.text).
  void Add(uint32_t doc, const AnalyzedDocument& d, const std::vector<Word>& words);
  void Finish(const DocTable& docs, Reconciliation* r);

 private:
  struct Tok {
    size_t start = 0;
    size_t end = 0;
    uint64_t hash = 0;
    bool cap = false;
    bool boundary = false;  // punctuation (not a single space) before it
    bool stop = false;
  };
  struct Agg {
    std::string phrase;
    int kind = 0;  // 0 event, 1 party, 2 name
    int total = 0;
    std::vector<std::pair<uint32_t, int>> per_doc;
    Evidence example;
  };
  void Tokenize(std::string_view text, const std::vector<Word>& words);
  void Count(const AnalyzedDocument& d, int kind, size_t first, size_t last);
  void FindEvents(const AnalyzedDocument& d);
  void FindParties(const AnalyzedDocument& d);
  void FindNames(const AnalyzedDocument& d);
  // True when the word is capitalised somewhere not at a sentence start.
  bool CapitalisedMidSentence(uint64_t hash) const;

  ReconcileOptions options_;
  WordingLexicon lex_;
  uint64_t the_ = 0;
  uint64_t of_ = 0;
  std::vector<Tok> toks_;           // reused per document
  std::vector<uint64_t> mid_caps_;  // sorted hashes of mid-sentence capitals
  std::unordered_map<std::string, size_t> index_;
  std::vector<Agg> aggs_;
  std::unordered_map<size_t, int> doc_counts_;
};

}  // namespace dossier::reconcile

#endif  // DOSSIER_RECONCILE_WORDING_H_
