// cancel() twice on a pending task: both return True, one CancelledError is delivered; a third,
// after, returns False.
#include "../diff_case.hpp"
namespace cancel_twice {

awaitable<void> worker() {
  try {
    co_await course::sleep(5.0);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("worker caught CancelledError");
    throw;
  }
  print("not reached");
}

DIFF_CASE(cancel_twice) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, worker(), use_task);
  co_await course::sleep(1.0);
  print("first cancel() ->", t.cancel());
  print("second cancel() ->", t.cancel());
  try {
    co_await t.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("cancelled():", t.cancelled());
  }
  print("third cancel() ->", t.cancel());
}
}  // namespace cancel_twice
