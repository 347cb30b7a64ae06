// Part ways: asio's `task || timer` is not wait_for: a task that fails at 1 s does not end the
// race.
// `||` is wait_for_one_success: the failure is ignored, the timer wins at 4 s, the error is lost
// (asio_or_is_not_wait_for.asio.txt). course::wait_for, or a parallel group waited with
// wait_for_one(), ends when the task fails, as asyncio's does (task_fails_through).
#include "../diff_case.hpp"

namespace asio_or_is_not_wait_for {
using namespace asio::experimental::awaitable_operators;

awaitable<void> fails() {
  co_await course::sleep(1.0);
  throw std::invalid_argument("failed at 1 s");
}

DIFF_CASE(asio_or_is_not_wait_for) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, fails(), use_task);
  course::timer timeout(ex, course::secs(4));
  try {
    auto race = t.async_wait(use_awaitable) || timeout.async_wait(use_awaitable);
    auto winner = co_await std::move(race);
    print(winner.index() == 0 ? "the task finished" : "timed out");
  } catch (const std::invalid_argument& e) {
    print("the task failed:", e.what());
  }
}
}  // namespace asio_or_is_not_wait_for
