// call_later(0, cb) fires on the next loop turn, after the ready steps: between iterations of a
// sleep(0) loop.
#include "../diff_case.hpp"
namespace timer_call_later_zero_while_busy {
using course::call_later;

DIFF_CASE(timer_call_later_zero_while_busy) {
  auto ex = co_await asio::this_coro::executor;
  call_later(ex, 0, [] { print("call_later(0) callback"); });
  for (int i = 0; i < 4; ++i) {
    print("iteration", i);
    co_await course::sleep(0.0);
  }
  print("loop done");
}
}  // namespace timer_call_later_zero_while_busy
