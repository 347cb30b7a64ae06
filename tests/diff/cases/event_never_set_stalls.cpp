// Awaiting an event that nobody will set, with no timer pending: the program can never go on
// (deadlock).
#include "../diff_case.hpp"
namespace event_never_set_stalls {

DIFF_CASE(event_never_set_stalls) {
  auto ex = co_await asio::this_coro::executor;
  course::event ev(ex);
  print("waiting for an event nobody sets");
  co_await course::sleep(1.0);
  print("still waiting");
  co_await ev.async_wait(use_awaitable);
  print("never printed");
}
}  // namespace event_never_set_stalls
