// Cancelling a sleeping task raises CancelledError inside it at cancel time, not at its deadline.
#include "../diff_case.hpp"
namespace sleep_cancelled_midway {

awaitable<void> sleeper() {
  print("sleeping 5 s");
  try {
    co_await course::sleep(5.0);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("cancelled while sleeping");
    throw;
  }
}

DIFF_CASE(sleep_cancelled_midway) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, sleeper(), use_task);
  co_await course::sleep(2.0);
  t.cancel();
  try {
    co_await t.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("main sees CancelledError, cancelled():", t.cancelled());
  }
}
}  // namespace sleep_cancelled_midway
