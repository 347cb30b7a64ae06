// A task awaiting a task that gets cancelled receives CancelledError and ends cancelled too.
#include "../diff_case.hpp"
namespace cancel_propagates_from_awaited {

awaitable<void> inner() { co_await course::sleep(5.0); }

awaitable<void> outer(course::task<void> t) {
  co_await t.async_wait(use_awaitable);
  print("not reached");
}

DIFF_CASE(cancel_propagates_from_awaited) {
  auto ex = co_await asio::this_coro::executor;
  auto i = co_spawn(ex, inner(), use_task);
  auto o = co_spawn(ex, outer(i), use_task);
  co_await course::sleep(1.0);
  i.cancel();
  try {
    co_await o.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("outer.cancelled():", o.cancelled(), "inner.cancelled():", i.cancelled());
  }
}
}  // namespace cancel_propagates_from_awaited
