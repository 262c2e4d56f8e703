// dossier extract: reads inputs and writes one JSON object per document on
// standard output (JSON Lines), with every layer's findings.
#include <cstdio>

#include "cli/commands.h"
#include "dossier/extract.h"

namespace dossier::cli {

void SetupExtract(CLI::App& app, GlobalFlags& flags, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "extract",
      "Extract sentences, numbers, times, entities, quotes and claims; write JSON Lines");
  static InputFlags in;
  static bool with_text = false;
  static bool explain = false;
  AddInputFlags(cmd, in);
  cmd->add_flag("--with-text", with_text,
                "Include each document's plain text (what offsets index)");
  cmd->add_flag("--explain", explain, "Include each item's rule trail");
  cmd->callback([&flags, &exit_code]() {
    auto ex = Extractor::Create(ExtractOptions{in.lexicon_dir, explain});
    if (!ex.ok()) {
      PrintError(ex.status().message());
      exit_code = 2;
      return;
    }
    std::string line;
    size_t skipped = 0;
    bool ok = RunIngest(
        in, flags,
        [&](Document&& doc) {
          Analysis a = (*ex)->Analyze(doc);
          line.clear();
          (*ex)->WriteJson(doc, a, with_text, &line);
          line.push_back('\n');
          std::fwrite(line.data(), 1, line.size(), stdout);
        },
        &skipped, nullptr);
    if (!ok) {
      exit_code = 2;
      return;
    }
    if (skipped > 0) {
      PrintError(std::to_string(skipped) + " input" + (skipped == 1 ? "" : "s") +
                 " skipped (see above)");
      exit_code = 1;
    }
  });
}

}  // namespace dossier::cli
