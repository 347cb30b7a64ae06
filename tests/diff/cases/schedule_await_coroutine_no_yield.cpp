// Awaiting a coroutine directly runs it inline: no loop turn passes until something really
// suspends.
#include "../diff_case.hpp"
namespace schedule_await_coroutine_no_yield {

awaitable<int> helper(int n) {
  print("helper", n, "runs inline");
  co_return n + 1;
}

DIFF_CASE(schedule_await_coroutine_no_yield) {
  auto ex = co_await asio::this_coro::executor;
  asio::post(ex, [] { print("callback"); });
  int x = co_await helper(1);
  x = co_await helper(x);
  print("still no turn, x =", x);
  co_await course::sleep(0.0);
  print("after sleep(0)");
}
}  // namespace schedule_await_coroutine_no_yield
