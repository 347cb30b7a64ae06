// course::run, the asyncio.run counterpart.
#pragma once

#include "course/loop.hpp"
#include "course/task.hpp"

namespace course {

namespace detail {
// After main: cancel the tasks still running, let them finish, and report every exception that
// escaped a task and was never retrieved (asyncio logs "Task exception was never retrieved").
void finish_run(loop& l);
[[noreturn]] void report_stall(loop& l);
}  // namespace detail

// loop.run_until_complete(coro): runs coro as a task of l until it is done and returns its result.
// Unlike run, it leaves the loop's other tasks as they are.
template <typename T>
T run_until_complete(loop& l, asio::awaitable<T> coro) {
  auto t = asio::co_spawn(l.get_executor(), std::move(coro), use_task);
  if (!l.run_until([&] { return t.done(); })) detail::report_stall(l);
  return t.result();
}

// Makes a loop, runs main as its first task (Task-1) until it is done, cancels what is left, and
// returns main's result or rethrows its exception.
template <typename T>
T run(asio::awaitable<T> main) {
  loop l;
  auto main_task = asio::co_spawn(l.get_executor(), std::move(main), use_task);
  if (!l.run_until([&] { return main_task.done(); })) detail::report_stall(l);
  detail::finish_run(l);
  return main_task.result();
}

}  // namespace course
