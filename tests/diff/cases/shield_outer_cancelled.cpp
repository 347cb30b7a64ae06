// Cancelling the task that awaits shield(inner) cancels only that wait; the inner task runs to its
// end.
#include "../diff_case.hpp"
namespace shield_outer_cancelled {

awaitable<int> inner() {
  co_await course::sleep(2.0);
  print("inner done");
  co_return 5;
}

awaitable<int> waiter(course::task<int> t) {
  try {
    auto s = course::shield(t);
    co_return co_await std::move(s);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("waiter cancelled");
    throw;
  }
}

DIFF_CASE(shield_outer_cancelled) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, inner(), use_task);
  auto w = co_spawn(ex, waiter(t), use_task);
  co_await course::sleep(1.0);
  w.cancel();
  try {
    co_await w.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("w.cancelled():", w.cancelled(), "inner cancelled:", t.cancelled());
  }
  int r = co_await t.async_wait(use_awaitable);
  print("inner result:", r);
}
}  // namespace shield_outer_cancelled
