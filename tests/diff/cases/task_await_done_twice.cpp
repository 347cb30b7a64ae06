// Awaiting a task that is already done returns its result at once, without yielding to the loop.
#include "../diff_case.hpp"
namespace task_await_done_twice {
using course::diff::sleep;  // asyncio.sleep(delay, result)

DIFF_CASE(task_await_done_twice) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, sleep(1, 7), use_task);
  int first = co_await t.async_wait(use_awaitable);
  print("first await:", first);
  asio::post(ex, [] { print("callback runs"); });
  int second = co_await t.async_wait(use_awaitable);
  print("second await:", second);
  print("no yield happened yet");
  co_await course::sleep(0.0);
  print("after sleep(0)");
}
}  // namespace task_await_done_twice
