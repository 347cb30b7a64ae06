// A call_later callback that raises is logged at its deadline; later timers and tasks are
// unaffected.
#include "../diff_case.hpp"
namespace callback_timer_raises {
using course::call_later;

void bad() {
  print("timer callback about to fail");
  throw std::invalid_argument("timer failed");
}

DIFF_CASE(callback_timer_raises) {
  auto ex = co_await asio::this_coro::executor;
  call_later(ex, 1, bad);
  call_later(ex, 2, [] { print("the 2 s timer still fires"); });
  co_await course::sleep(3.0);
  print("main ends");
}
}  // namespace callback_timer_raises
