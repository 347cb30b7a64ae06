// If the shielded task itself is cancelled, the shield's outer future is cancelled as well.
#include "../diff_case.hpp"
namespace shield_inner_cancelled {

DIFF_CASE(shield_inner_cancelled) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, course::sleep(3.0), use_task);
  // outer = shield(t): the shielded wait, run as a task so it can be asked cancelled()
  auto outer = co_spawn(ex, course::shield(t), use_task);
  co_await course::sleep(1.0);
  t.cancel();
  try {
    co_await outer.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("outer.cancelled():", outer.cancelled(), "t.cancelled():", t.cancelled());
  }
}
}  // namespace shield_inner_cancelled
