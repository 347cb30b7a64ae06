// Cancelling a task parked at sleep(0): CancelledError is raised at that await on its next step.
#include "../diff_case.hpp"
namespace cancel_sleep_zero {

awaitable<void> spinner() {
  int i = 0;
  try {
    while (true) {
      print("spin", i);
      i += 1;
      co_await course::sleep(0.0);
    }
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("spinner cancelled after", i, "steps");
    throw;
  }
}

DIFF_CASE(cancel_sleep_zero) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, spinner(), use_task);
  co_await course::sleep(0.0);
  co_await course::sleep(0.0);
  print("cancel() ->", t.cancel());
  try {
    co_await t.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("cancelled():", t.cancelled());
  }
}
}  // namespace cancel_sleep_zero
