// set_result() queues the awaiting task's wake-up: callbacks queued earlier run before it, later
// ones after.
#include "../diff_case.hpp"
namespace schedule_wakeup_one_turn_later {

awaitable<void> waiter(course::future<int> fut) {
  auto w = fut.async_wait(use_awaitable);
  int v = co_await std::move(w);
  print("waiter got", v);
}

DIFF_CASE(schedule_wakeup_one_turn_later) {
  auto ex = co_await asio::this_coro::executor;
  course::future<int> fut(ex);
  auto w = co_spawn(ex, waiter(fut), use_task);
  co_await course::sleep(0.0);
  asio::post(ex, [] { print("queued before set_result"); });
  fut.set_result(1);
  asio::post(ex, [] { print("queued after set_result"); });
  co_await w.async_wait(use_awaitable);
  print("main resumes");
}
}  // namespace schedule_wakeup_one_turn_later
