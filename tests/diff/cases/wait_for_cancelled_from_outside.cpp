// Cancelling the task awaiting wait_for() cancels the inner task too, long before the timeout.
#include "../diff_case.hpp"
namespace wait_for_cancelled_from_outside {

awaitable<void> inner() {
  try {
    co_await course::sleep(10.0);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("inner cancelled");
    throw;
  }
}

awaitable<void> outer() {
  try {
    auto w = course::wait_for(inner(), 3);
    co_await std::move(w);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("outer cancelled");
    throw;
  }
}

DIFF_CASE(wait_for_cancelled_from_outside) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, outer(), use_task);
  co_await course::sleep(1.0);
  t.cancel();
  try {
    co_await t.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("main: outer.cancelled():", t.cancelled());
  }
  co_await course::sleep(3.0);
  print("the 3 s timeout never fired");
}
}  // namespace wait_for_cancelled_from_outside
