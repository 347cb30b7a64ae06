// A cancel from outside a TaskGroup cancels its tasks, waits for them, and leaves as
// CancelledError. course::task_group cancels in the order the tasks were created, one of the orders
// CPython's set gives.
#include "../diff_case.hpp"

#include <course/task_group.hpp>

#include <algorithm>
#include <vector>
namespace taskgroup_outer_cancel {

std::vector<std::string> cleaned;

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

awaitable<void> worker() {
  course::task_group tg;
  auto scope = tg.async_with(body(tg));
  co_await std::move(scope);
}

DIFF_CASE(taskgroup_outer_cancel) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, worker(), use_task);
  co_await course::sleep(1);
  t.cancel();
  try {
    co_await t.async_wait(use_awaitable);
  } catch (const boost::system::system_error&) {
    std::sort(cleaned.begin(), cleaned.end());
    print("worker cancelled:", t.cancelled(), "cleaned up:", course::py::list(cleaned));
  }
}
}  // namespace taskgroup_outer_cancel
