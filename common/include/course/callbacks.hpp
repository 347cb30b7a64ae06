// loop.call_soon(cb), loop.call_later(delay, cb), loop.call_at(when, cb), and loop.time():
//
//     auto h = course::call_later(ex, 1, [] { print("late"); });   // h = loop.call_later(1, ...)
//     h.cancel();                                                   // h.cancel()
//
// A callback runs on the loop, not as a step of the task that scheduled it: call_soon's on the
// loop's next turn, call_later's and call_at's in the turn its deadline is due, in deadline order
// and, for equal deadlines, in the order they were scheduled. A callback that raises is reported
// as asyncio's default exception handler reports it ("Exception in callback"), and the loop runs
// on. handle::cancel() keeps a callback that has not run from ever running.
#pragma once

#include "course/asio.hpp"

#include <functional>
#include <memory>

namespace course {

class timer;

class handle {
 public:
  handle() = default;
  // Handle.cancel(): the callback will not run (nothing happens if it has run already).
  void cancel();
  bool cancelled() const;
  // TimerHandle.when(): the loop time it is due at; call_soon's handle has none (-1).
  double when() const;

  struct state;

 private:
  friend handle call_soon(const asio::any_io_executor&, std::function<void()>);
  friend handle call_at(const asio::any_io_executor&, double, std::function<void()>);
  explicit handle(std::shared_ptr<state> s) : state_(std::move(s)) {}
  std::shared_ptr<state> state_;
};

handle call_soon(const asio::any_io_executor& ex, std::function<void()> callback);
handle call_later(const asio::any_io_executor& ex, double delay, std::function<void()> callback);
handle call_at(const asio::any_io_executor& ex, double when, std::function<void()> callback);

// loop.time(): the loop's clock, in course seconds since the program started. A deadline for
// call_at is loop_time() + delay.
double loop_time(const asio::any_io_executor& ex);

}  // namespace course
