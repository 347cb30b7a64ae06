// cancel() in the turn after the target's sleep ended (its wake-up is queued): returns True, the
// task ends cancelled.
#include "../diff_case.hpp"
namespace cancel_at_wakeup_deadline {

using box_t = std::shared_ptr<std::vector<course::task<void>>>;

awaitable<void> target() {
  try {
    co_await course::sleep(1.0);
    print("target woke normally");
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("target: CancelledError although its sleep had ended");
    throw;
  }
}

awaitable<void> canceller(box_t box) {
  co_await course::sleep(1.0);
  print("canceller: cancel() ->", (*box)[0].cancel());
}

DIFF_CASE(cancel_at_wakeup_deadline) {
  auto ex = co_await asio::this_coro::executor;
  auto box = std::make_shared<std::vector<course::task<void>>>();
  auto c = co_spawn(ex, canceller(box), use_task);
  box->push_back(co_spawn(ex, target(), use_task));
  try {
    co_await (*box)[0].async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("target.cancelled():", (*box)[0].cancelled());
  }
  co_await c.async_wait(use_awaitable);
}
}  // namespace cancel_at_wakeup_deadline
