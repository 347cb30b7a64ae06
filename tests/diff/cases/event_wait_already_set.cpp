// wait() on an event that is already set returns True at once, without yielding.
#include "../diff_case.hpp"
namespace event_wait_already_set {

DIFF_CASE(event_wait_already_set) {
  auto ex = co_await asio::this_coro::executor;
  course::event ev(ex);
  ev.set();
  asio::post(ex, [] { print("callback"); });
  co_await ev.async_wait(use_awaitable);
  print("wait() ->", true);
  print("still before the callback");
  co_await course::sleep(0.0);
  print("after sleep(0)");
}
}  // namespace event_wait_already_set
