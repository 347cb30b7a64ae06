// set() then clear() at once: the waiter already woken by set() still returns True.
#include "../diff_case.hpp"
namespace event_set_clear_before_waiter_runs {

awaitable<void> waiter(std::shared_ptr<course::event> ev) {
  co_await ev->async_wait(use_awaitable);
  print("waiter: wait() ->", true, "is_set() =", ev->is_set());
}

DIFF_CASE(event_set_clear_before_waiter_runs) {
  auto ex = co_await asio::this_coro::executor;
  auto ev = std::make_shared<course::event>(ex);
  auto t = co_spawn(ex, waiter(ev), use_task);
  co_await course::sleep(1.0);
  ev->set();
  ev->clear();
  print("set() and clear() done");
  co_await t.async_wait(use_awaitable);
}
}  // namespace event_set_clear_before_waiter_runs
