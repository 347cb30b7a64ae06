// Ready callbacks run before due timers: call_soon() made after call_later(0) still runs first.
#include "../diff_case.hpp"
namespace schedule_call_later_zero_after_call_soon {
using course::call_later;

DIFF_CASE(schedule_call_later_zero_after_call_soon) {
  auto ex = co_await asio::this_coro::executor;
  call_later(ex, 0, [] { print("call_later(0)"); });
  asio::post(ex, [] { print("call_soon"); });
  co_await course::sleep(0.0);
  print("main resumes");
  co_await course::sleep(0.0);
  print("main resumes again");
}
}  // namespace schedule_call_later_zero_after_call_soon
