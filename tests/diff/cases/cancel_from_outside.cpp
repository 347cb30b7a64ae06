// A cancel from outside lands in what the task awaits, and the task ends only when that is over:
// a finally block that awaits runs to its end; asyncio.timeout() lets it out as CancelledError, not
// TimeoutError; a TaskGroup cancels its tasks and waits for them; wait_for() cancels its inner task
// long before its timeout. course::task_group cancels in the order the tasks were created, one of
// the orders CPython's set gives.
#include "../diff_case.hpp"

#include <course/task_group.hpp>

#include <algorithm>
#include <vector>
namespace cancel_from_outside {

std::vector<std::string> cleaned;

awaitable<void> cleanup_in_finally() {
  std::exception_ptr error;
  try {
    co_await course::sleep(5.0);
  } catch (...) {
    error = std::current_exception();
  }
  print("cleanup starts");  // finally:
  co_await course::sleep(1.0);
  print("cleanup ends");
  if (error) std::rethrow_exception(error);
}

awaitable<void> in_timeout() {
  std::exception_ptr error;
  try {
    auto cm = course::timeout(5);
    auto scope = cm.async_with(course::sleep(10));
    co_await std::move(scope);
  } catch (const course::timeout_error&) {
    print("never printed: the deadline did not strike");
  } catch (...) {
    error = std::current_exception();
  }
  print("in_timeout leaves its scope");  // finally:
  if (error) std::rethrow_exception(error);
}

awaitable<void> job(std::string name) {
  std::exception_ptr error;
  try {
    co_await course::sleep(5);
  } catch (...) {
    error = std::current_exception();
  }
  cleaned.push_back(name);  // finally:
  if (error) std::rethrow_exception(error);
}

awaitable<void> body(course::task_group tg) {
  tg.create_task(job("a"));
  tg.create_task(job("b"));
  co_return;
}

awaitable<void> in_task_group() {
  std::exception_ptr error;
  try {
    course::task_group tg;
    auto scope = tg.async_with(body(tg));
    co_await std::move(scope);
  } catch (...) {
    error = std::current_exception();
  }
  std::sort(cleaned.begin(), cleaned.end());  // finally:
  print("cleaned up:", course::py::list(cleaned));
  if (error) std::rethrow_exception(error);
}

awaitable<void> inner() {
  try {
    co_await course::sleep(10.0);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("inner cancelled");
    throw;
  }
}

awaitable<void> in_wait_for() {
  try {
    auto w = course::wait_for(inner(), 3);
    co_await std::move(w);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("wait_for raised CancelledError");
    throw;
  }
}

awaitable<void> cancel_from_outside(std::string name, awaitable<void> (*worker)()) {
  print(name);
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, worker(), use_task);
  co_await course::sleep(1.0);
  t.cancel();
  try {
    co_await t.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "cancelled:", t.cancelled());
  }
}

DIFF_CASE(cancel_from_outside) {
  co_await cancel_from_outside("cleanup_in_finally", cleanup_in_finally);
  co_await cancel_from_outside("in_timeout", in_timeout);
  co_await cancel_from_outside("in_task_group", in_task_group);
  co_await cancel_from_outside("in_wait_for", in_wait_for);
  co_await course::sleep(3.0);
  print("wait_for's 3 s timeout never fired");
}
}  // namespace cancel_from_outside
