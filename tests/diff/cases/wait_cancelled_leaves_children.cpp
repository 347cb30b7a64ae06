// Cancelling the task that awaits wait() does not cancel the tasks it was waiting for.
#include "../diff_case.hpp"
namespace wait_cancelled_leaves_children {
using course::diff::sleep;  // asyncio.sleep(delay, result)

DIFF_CASE(wait_cancelled_leaves_children) {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<int>> ts;
  for (int d : {2, 3}) ts.push_back(co_spawn(ex, sleep(d, d), use_task));
  auto waiter = co_spawn(ex, course::wait(ts), use_task);
  co_await course::sleep(1.0);
  waiter.cancel();
  try {
    co_await waiter.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("waiter cancelled");
  }
  std::vector<bool> cancelled;
  for (auto& t : ts) cancelled.push_back(t.cancelled());
  print("children cancelled?", course::py::list(cancelled));
  auto g = course::gather(ts);
  auto children = co_await std::move(g);
  print("children:", course::py::list(children));
}
}  // namespace wait_cancelled_leaves_children
