// dossier/status.h: errors as values at library boundaries.
//
// Status carries a code and a message; Result<T> holds either a value or a
// non-ok Status (shaped like absl::StatusOr). Libraries never throw across
// their public surface and never print; callers decide what to do.
//
//   dossier::Result<Document> doc = ReadDocument(path);
//   if (!doc.ok()) return doc.status();
#ifndef DOSSIER_STATUS_H_
#define DOSSIER_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace dossier {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's input is malformed (bad JSON, bad date)
  kNotFound,         // a file or record that should exist does not
  kDataLoss,         // input is truncated or corrupt
  kUnimplemented,    // a format or feature this build does not support
  kInternal,         // an invariant broke; a bug
  kIo,               // the operating system refused a read or write
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  [[nodiscard]] bool ok() const { return code_ == StatusCode::kOk; }
  [[nodiscard]] StatusCode code() const { return code_; }
  [[nodiscard]] const std::string& message() const { return message_; }
  // "invalid argument: <message>"; "ok" when ok.
  [[nodiscard]] std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) {
  return Status(StatusCode::kInvalidArgument, std::move(m));
}
inline Status NotFound(std::string m) { return Status(StatusCode::kNotFound, std::move(m)); }
inline Status IoError(std::string m) { return Status(StatusCode::kIo, std::move(m)); }
inline Status DataLoss(std::string m) { return Status(StatusCode::kDataLoss, std::move(m)); }
inline Status Internal(std::string m) { return Status(StatusCode::kInternal, std::move(m)); }

// Either a T or a non-ok Status. REQUIRES: a Result built from a Status is
// built from a non-ok one.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
  }
  [[nodiscard]] bool ok() const { return status_.ok(); }
  [[nodiscard]] const Status& status() const { return status_; }
  // REQUIRES: ok().
  T& value() & { return *value_; }
  [[nodiscard]] const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

#define DOSSIER_RETURN_IF_ERROR(expr)        \
  do {                                       \
    ::dossier::Status dossier_s_ = (expr);   \
    if (!dossier_s_.ok()) return dossier_s_; \
  } while (0)

}  // namespace dossier

#endif  // DOSSIER_STATUS_H_
