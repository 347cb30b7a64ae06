#include "course/errors.hpp"

#include "course/asio.hpp"
#include "course/journal.hpp"
#include "course/print.hpp"

#include <cerrno>
#include <cstdio>
#include <optional>
#include <utility>

namespace course {

bool is_cancellation(const std::exception_ptr& e) {
  if (!e) return false;
  try {
    std::rethrow_exception(e);
  } catch (const boost::system::system_error& error) {
    return error.code() == asio::error::operation_aborted;
  } catch (...) {
    return false;
  }
}

exception_group::exception_group(const std::string& message, std::vector<std::exception_ptr> errors)
    : std::runtime_error(message + " (" + std::to_string(errors.size()) + " sub-exception" +
                         (errors.size() == 1 ? "" : "s") + ")"),
      errors_(std::move(errors)) {}

cancelled_error::cancelled_error(std::optional<std::string> message)
    : boost::system::system_error(asio::error::operation_aborted, "task cancelled"),
      message_(std::move(message)) {}

os_error::os_error(int errno_value, const std::string& message, errno_shown shown)
    : std::runtime_error(shown == errno_shown::yes
                             ? "[Errno " + std::to_string(errno_value) + "] " + message
                             : message),
      errno_(errno_value) {}

incomplete_read_error::incomplete_read_error(std::string partial, std::size_t expected)
    : std::runtime_error(std::to_string(partial.size()) + " bytes read on a total of " +
                         std::to_string(expected) + " expected bytes"),
      partial_(std::move(partial)),
      expected_(expected) {}

namespace py {

std::string exception_name(const std::exception_ptr& e) {
  if (is_cancellation(e)) return "CancelledError";
  try {
    std::rethrow_exception(e);
  } catch (const timeout_error&) {
    return "TimeoutError";
  } catch (const invalid_state_error&) {
    return "InvalidStateError";
  } catch (const queue_full&) {
    return "QueueFull";
  } catch (const queue_empty&) {
    return "QueueEmpty";
  } catch (const exception_group&) {
    return "ExceptionGroup";
  } catch (const os_error& error) {
    switch (error.error_number()) {
      case ECONNREFUSED:
        return "ConnectionRefusedError";
      case ECONNRESET:
        return "ConnectionResetError";
      case ECONNABORTED:
        return "ConnectionAbortedError";
      case EPIPE:
        return "BrokenPipeError";
      default:
        return "OSError";
    }
  } catch (const incomplete_read_error&) {
    return "IncompleteReadError";
  } catch (const std::invalid_argument&) {
    return "ValueError";
  } catch (const std::out_of_range&) {
    return "KeyError";
  } catch (const std::runtime_error&) {
    return "RuntimeError";
  } catch (const std::logic_error&) {
    return "RuntimeError";
  } catch (const std::exception&) {
    return "Exception";
  } catch (...) {
    return "BaseException";
  }
}

namespace {
// The message of a CancelledError: task.cancel(msg)'s, or none (asio's own error has none).
std::optional<std::string> cancel_message_of(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const cancelled_error& error) {
    return error.message();
  } catch (...) {
    return std::nullopt;
  }
}
}  // namespace

std::string exception_message(const std::exception_ptr& e) {
  if (is_cancellation(e)) return cancel_message_of(e).value_or("");
  try {
    std::rethrow_exception(e);
  } catch (const std::out_of_range& error) {
    return py::repr(error.what());  // str(KeyError('k')) is the key's repr
  } catch (const std::exception& error) {
    return error.what();
  } catch (...) {
    return "";
  }
}

std::string exception_args(const std::exception_ptr& e) {
  if (is_cancellation(e)) {
    const auto message = cancel_message_of(e);
    return message ? py::tuple(*message) : "()";
  }
  return py::tuple(exception_message(e));
}

}  // namespace py

namespace detail {

std::exception_ptr make_cancelled_error(std::optional<std::string> message) {
  return std::make_exception_ptr(cancelled_error(std::move(message)));
}

void report_exception(const std::string& what, const std::string& where,
                      const std::exception_ptr& e) {
  std::string line = py::exception_name(e);
  if (const auto text = py::exception_message(e); !text.empty()) line += ": " + text;
  journal::reported(what + ": " + line);
  std::fflush(stdout);
  std::fprintf(stderr, "%s%s%s\n%s\n", what.c_str(), where.empty() ? "" : " ", where.c_str(),
               line.c_str());
}

}  // namespace detail

}  // namespace course
