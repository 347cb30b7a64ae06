// A negative timeout is one already past. asyncio.timeout(-1) cancels the work at its first
// await (its callback runs on the next turn); wait_for(coro, -1) cancels the new task before it
// ever runs; wait(timeout=-1) returns at once, the task still pending.
#include "../diff_case.hpp"

#include <course/timeouts.hpp>
#include <course/wait.hpp>
#include <course/wait_for.hpp>
namespace timeout_negative {

awaitable<void> work(std::string name) {
  print(name, "starts");
  co_await course::sleep(1);
  print(name, "ends");
}

DIFF_CASE(timeout_negative) {
  try {
    auto scope = course::timeout(-1);
    auto in_scope = scope.async_with(work("in a scope"));
    co_await std::move(in_scope);
  } catch (const course::timeout_error&) {
    print("timeout(-1): TimeoutError");
  }
  try {
    auto waited = course::wait_for(work("wait_for"), -1);
    co_await std::move(waited);
  } catch (const course::timeout_error&) {
    print("wait_for(..., -1): TimeoutError");
  }
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, work("waited"), use_task);
  auto w = course::wait(std::vector{t}, course::all_completed, -1.0);
  auto [done, pending] = co_await std::move(w);
  print("wait(timeout=-1):", done.size(), "done,", pending.size(), "pending");
  co_await t.async_wait(use_awaitable);
}
}  // namespace timeout_negative
