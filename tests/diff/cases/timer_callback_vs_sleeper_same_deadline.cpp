// call_later(1, cb) set after a task began sleep(1): cb prints first, the sleeper resumes one turn
// later.
#include "../diff_case.hpp"
namespace timer_callback_vs_sleeper_same_deadline {
using course::call_later;

awaitable<void> sleeper() {
  co_await course::sleep(1.0);
  print("sleeper resumes");
}

DIFF_CASE(timer_callback_vs_sleeper_same_deadline) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, sleeper(), use_task);
  co_await course::sleep(0.0);
  call_later(ex, 1, [] { print("timer callback"); });
  co_await t.async_wait(use_awaitable);
}
}  // namespace timer_callback_vs_sleeper_same_deadline
