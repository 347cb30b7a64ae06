// A cancelled call_later handle never runs; cancel() after it ran still marks it cancelled.
#include "../diff_case.hpp"
namespace timer_cancel_handle {

DIFF_CASE(timer_cancel_handle) {
  auto ex = co_await asio::this_coro::executor;
  auto h1 = course::call_later(ex, 1, [] { print("never printed"); });
  auto h2 = course::call_later(ex, 2, [] { print("h2 runs"); });
  co_await course::sleep(0.5);
  h1.cancel();
  print("h1.cancelled():", h1.cancelled());
  co_await course::sleep(2);
  print("h2.cancelled() after it ran:", h2.cancelled());
  h2.cancel();
  print("h2.cancelled() after cancel():", h2.cancelled());
}
}  // namespace timer_cancel_handle
