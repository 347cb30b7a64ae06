// course::run, the asyncio.run counterpart.
#pragma once

#include "course/loop.hpp"
#include "course/task.hpp"

#include <memory>
#include <stdexcept>

namespace course {

// Ctrl-C reached the program. From course::run, main was cancelled and its cleanup ran, and so
// did the other tasks' (asyncio.run raises KeyboardInterrupt after the same); from
// run_until_complete, the loop just stopped, its tasks left as they were, as asyncio's does. A
// lesson exits 130 on it.
class interrupted : public std::runtime_error {
 public:
  explicit interrupted(bool cleaned_up = true)
      : std::runtime_error("KeyboardInterrupt"), cleaned_up_(cleaned_up) {}
  bool cleaned_up() const noexcept { return cleaned_up_; }

 private:
  bool cleaned_up_;
};

namespace detail {

// After main: cancel the tasks still running, let them finish, and report on stderr every
// exception that escaped a task and was never retrieved, as asyncio logs "Task exception was never
// retrieved".
void finish_run(loop& l);
[[noreturn]] void report_stall(loop& l);

// Runs l until t is done, or, with until_interrupted, until a Ctrl-C reached l. As in asyncio,
// the loop stops from a done callback added last, so the task's own done callbacks have run by
// then.
template <typename T>
void run_until_done(loop& l, task<T> t, bool until_interrupted = false) {
  auto stopped = std::make_shared<bool>(false);
  t.add_done_callback([stopped](const task<T>&) { *stopped = true; });
  const auto done = [&] { return *stopped || (until_interrupted && l.interrupted()); };
  if (!l.run_until(done)) report_stall(l);
}
}  // namespace detail

// loop.run_until_complete(task): runs the loop until the task is done, and returns its result.
// The loop's other tasks are left as they are. Ctrl-C stops it at once with interrupted(false):
// KeyboardInterrupt leaves run_until_complete and cancels nothing.
template <typename T>
T run_until_complete(loop& l, task<T> t) {
  l.on_interrupt([] {});
  detail::run_until_done(l, t, true);
  if (l.interrupted()) throw interrupted(false);
  return t.result();
}

// loop.run_until_complete(coro): the coroutine becomes a task of l first.
template <typename T>
T run_until_complete(loop& l, asio::awaitable<T> coro) {
  return run_until_complete(l, asio::co_spawn(l.get_executor(), std::move(coro), use_task));
}

// asyncio.run's keyword arguments: course::run(async_main(), {.debug = true}).
struct run_options {
  bool debug = false;  // debug mode (loop::set_debug); --debug or PYTHONASYNCIODEBUG also set it
};

// Makes a loop, runs main as its first task (Task-1) until it is done, cancels what is left, and
// returns main's result or rethrows its exception.
template <typename T>
T run(asio::awaitable<T> main, run_options options = {}) {
  loop l;
  if (options.debug) l.set_debug(true);
  auto main_task = asio::co_spawn(l.get_executor(), std::move(main), use_task.of("main"));
  l.on_interrupt([main_task]() mutable { main_task.cancel(); });
  detail::run_until_done(l, main_task);
  detail::finish_run(l);
  if (l.interrupted()) throw interrupted();
  return main_task.result();
}

// The same for the usual main, which returns nothing: compiled once, in the course runtime, rather
// than instantiated again in every lesson (which saves each lesson about 2 s of compiling).
void run(asio::awaitable<void> main, run_options options = {});

}  // namespace course
