// Status formatting.
#include "dossier/status.h"

namespace dossier {

std::string Status::ToString() const {
  const char* name = "ok";
  switch (code_) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      name = "invalid argument";
      break;
    case StatusCode::kNotFound:
      name = "not found";
      break;
    case StatusCode::kDataLoss:
      name = "data loss";
      break;
    case StatusCode::kUnimplemented:
      name = "unimplemented";
      break;
    case StatusCode::kInternal:
      name = "internal";
      break;
    case StatusCode::kIo:
      name = "i/o error";
      break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace dossier
