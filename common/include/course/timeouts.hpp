// asyncio.timeout(delay) and asyncio.timeout_at(when) (Python 3.11): a deadline for work done in
// the current task, not in a task of its own as wait_for's.
//
//     async with asyncio.timeout(1):          auto scope = course::timeout(1);
//         await long_job()                    co_await scope.async_with(long_job());
//
// At the deadline the task is cancelled; when the cancellation leaves the scope and nobody else
// cancelled the task meanwhile (task.uncancel() gives 0), it leaves as timeout_error, asyncio's
// TimeoutError. A cancel from elsewhere stays a cancel. reschedule() moves the deadline while the
// scope runs; expired() tells whether it struck. C++ has no async with: async_with(work) is the
// scope, entered before the work, exited after it however the work ends.
#pragma once

#include "course/asio.hpp"
#include "course/callbacks.hpp"
#include "course/errors.hpp"
#include "course/task.hpp"

#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace course {

class timeout_scope {
 public:
  // Deadlines are loop times (loop_time()); none: no deadline.
  explicit timeout_scope(std::optional<double> when);

  // async with: the work awaited in the current task, inside the scope.
  template <typename T>
  asio::awaitable<T> async_with(asio::awaitable<T> work) {
    auto s = state_;
    enter(s);
    std::exception_ptr error;
    std::optional<std::conditional_t<std::is_void_v<T>, std::monostate, T>> value;
    try {
      if constexpr (std::is_void_v<T>) {
        co_await std::move(work);
        value.emplace();
      } else {
        value.emplace(co_await std::move(work));
      }
    } catch (...) {
      error = std::current_exception();
    }
    exit(*s, error);  // raises timeout_error, or the work's own exception
    if constexpr (!std::is_void_v<T>) co_return std::move(*value);
  }

  // Timeout.when(), .reschedule(when), .expired().
  std::optional<double> when() const { return state_->when; }
  void reschedule(std::optional<double> when);
  bool expired() const;

  enum class phase { created, entered, expiring, expired, exited };
  struct state {
    phase now = phase::created;
    std::optional<double> when;
    std::optional<any_task> task;
    handle timeout_handler;
  };

 private:
  static void enter(const std::shared_ptr<state>& s);
  static void exit(state& s, const std::exception_ptr& error);
  static void reschedule(const std::shared_ptr<state>& s, std::optional<double> when);
  std::shared_ptr<state> state_;
};

// asyncio.timeout(delay): the deadline is loop_time() + delay, counted now.
timeout_scope timeout(std::optional<double> delay);
// asyncio.timeout_at(when): at loop time `when`.
timeout_scope timeout_at(std::optional<double> when);

// loop.time() of the running loop.
double loop_time();

}  // namespace course
