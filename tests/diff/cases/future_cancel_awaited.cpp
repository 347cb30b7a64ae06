// Cancelling a future that a task awaits raises CancelledError in that task, which ends cancelled.
#include "../diff_case.hpp"
namespace future_cancel_awaited {

awaitable<void> waiter(course::future<void> fut) {
  try {
    co_await fut.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("waiter: the future was cancelled");
    throw;
  }
}

DIFF_CASE(future_cancel_awaited) {
  auto ex = co_await asio::this_coro::executor;
  course::future<void> fut(ex);
  auto w = co_spawn(ex, waiter(fut), use_task);
  co_await course::sleep(1.0);
  print("fut.cancel() ->", fut.cancel());
  try {
    co_await w.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("w.cancelled():", w.cancelled(), "fut.cancelled():", fut.cancelled());
  }
}
}  // namespace future_cancel_awaited
