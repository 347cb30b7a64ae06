// asyncio's exceptions, as the course raises them, and how the course reports one that nobody
// handles.
//
//   CancelledError      boost::system::system_error with asio::error::operation_aborted, which
//                       is how every asio operation reports a cancellation; a task's own is a
//                       course::cancelled_error, which also carries task.cancel(msg)'s message
//   TimeoutError        course::timeout_error
//   InvalidStateError   course::invalid_state_error
//   QueueFull/Empty     course::queue_full, course::queue_empty
//   ExceptionGroup      course::exception_group
//   OSError             course::os_error (ConnectionRefusedError ... by its errno)
//   IncompleteReadError course::incomplete_read_error
#pragma once

#include <boost/system/system_error.hpp>

#include <cstddef>
#include <exception>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace course {

// The CancelledError a cancelled task ends with: asio's operation_aborted, and the message of
// task.cancel(msg) when it had one (CancelledError('msg').args).
class cancelled_error : public boost::system::system_error {
 public:
  explicit cancelled_error(std::optional<std::string> message = std::nullopt);
  const std::optional<std::string>& message() const noexcept { return message_; }

 private:
  std::optional<std::string> message_;
};

class timeout_error : public std::runtime_error {
 public:
  timeout_error() : std::runtime_error("") {}
};

// A result asked of a task or future that is not done.
class invalid_state_error : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

class queue_full : public std::runtime_error {
 public:
  queue_full() : std::runtime_error("") {}
};
class queue_empty : public std::runtime_error {
 public:
  queue_empty() : std::runtime_error("") {}
};

// Python's ExceptionGroup, as asyncio.TaskGroup raises it: every error of the group's tasks, in
// the order they came. what() reads as str() of it: "unhandled errors in a TaskGroup (2
// sub-exceptions)".
class exception_group : public std::runtime_error {
 public:
  exception_group(const std::string& message, std::vector<std::exception_ptr> errors);
  const std::vector<std::exception_ptr>& exceptions() const noexcept { return errors_; }

 private:
  std::vector<std::exception_ptr> errors_;
};

// OSError(errno, message), which Python makes the subclass its errno names
// (ConnectionRefusedError for ECONNREFUSED, ConnectionResetError, BrokenPipeError, ...). what()
// reads as str() of it: "[Errno 111] Connect call failed ('127.0.0.1', 1)". The class raised
// without an errno (asyncio's ConnectionResetError('Connection lost')) reads as the message alone.
class os_error : public std::runtime_error {
 public:
  enum class errno_shown { yes, no };
  os_error(int errno_value, const std::string& message, errno_shown shown = errno_shown::yes);
  int error_number() const noexcept { return errno_; }

 private:
  int errno_;
};

// asyncio.IncompleteReadError: the stream ended before readexactly(n) had its n bytes.
class incomplete_read_error : public std::runtime_error {
 public:
  incomplete_read_error(std::string partial, std::size_t expected);
  const std::string& partial() const noexcept { return partial_; }
  std::size_t expected() const noexcept { return expected_; }

 private:
  std::string partial_;
  std::size_t expected_;
};

// True when e is how asio reports a cancelled operation (asyncio's CancelledError).
bool is_cancellation(const std::exception_ptr& e);

namespace py {
// type(e).__name__ and str(e) of the Python exception e stands for: ValueError for
// std::invalid_argument, RuntimeError for other std::runtime_error and std::logic_error (asyncio
// raises RuntimeError where the course's preconditions throw logic_error), KeyError for
// std::out_of_range, and the classes above.
std::string exception_name(const std::exception_ptr& e);
std::string exception_message(const std::exception_ptr& e);
// e.args: ('msg',) for a CancelledError with a message, () for one without; else (str(e),).
std::string exception_args(const std::exception_ptr& e);
}  // namespace py

namespace detail {
std::exception_ptr make_cancelled_error(std::optional<std::string> message = std::nullopt);
// Reports on stderr, as asyncio's default exception handler logs: what happened and where
// ("Exception in callback" "<handler>"), then the exception as Python's traceback ends
// ("RuntimeError: boom"). The journal keeps "what: RuntimeError: boom".
void report_exception(const std::string& what, const std::string& where,
                      const std::exception_ptr& e);
}  // namespace detail

}  // namespace course
