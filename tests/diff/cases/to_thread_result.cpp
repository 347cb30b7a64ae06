// asyncio.to_thread runs a plain function on a thread of the loop's default executor; awaiting it
// gives the function's result. loop.run_in_executor(None, fn) is the same pool, as a future.
#include "../diff_case.hpp"

#include <course/threads.hpp>
namespace to_thread_result {

int twice(int n) { return n * 2; }  // the Python's double

awaitable<void> sleeper() {
  co_await course::sleep(0.5);
  print("sleeper wakes");
}

DIFF_CASE(to_thread_result) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, sleeper(), use_task);
  auto on_thread = course::to_thread(twice, 21);
  print("to_thread:", co_await std::move(on_thread));
  auto fut = course::run_in_executor([] { return twice(4); });
  print("run_in_executor:", co_await fut.async_wait(use_awaitable));
  co_await t.async_wait(use_awaitable);
}
}  // namespace to_thread_result
