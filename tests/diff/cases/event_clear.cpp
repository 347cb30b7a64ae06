// clear() resets the event: a later wait() blocks again until the next set().
#include "../diff_case.hpp"
namespace event_clear {

awaitable<void> setter(std::shared_ptr<course::event> ev) {
  co_await course::sleep(1.0);
  ev->set();
  print("set");
  co_await course::sleep(1.0);
  ev->clear();
  print("cleared, is_set() =", ev->is_set());
  co_await course::sleep(1.0);
  ev->set();
  print("set again");
}

DIFF_CASE(event_clear) {
  auto ex = co_await asio::this_coro::executor;
  auto ev = std::make_shared<course::event>(ex);
  auto s = co_spawn(ex, setter(ev), use_task);
  co_await ev->async_wait(use_awaitable);
  print("first wait returned");
  co_await course::sleep(1.5);
  co_await ev->async_wait(use_awaitable);
  print("second wait returned");
  co_await s.async_wait(use_awaitable);
}
}  // namespace event_clear
