// Timers fire in deadline order whatever order they were set in; equal deadlines in setting order.
#include "../diff_case.hpp"
namespace timer_call_at_order {
using course::call_later;

template <typename F>
void call_at(const asio::any_io_executor& ex, course::clock::time_point when, F cb) {
  auto t = std::make_shared<course::timer>(ex);
  t->expires_at(when);
  t->async_wait([t, cb](boost::system::error_code ec) {
    if (!ec) cb();
  });
}

DIFF_CASE(timer_call_at_order) {
  auto ex = co_await asio::this_coro::executor;
  course::timer probe(ex, course::secs(0));  // loop.time(): a new deadline's base
  const auto now = probe.expiry();
  call_at(ex, now + course::secs(3), [] { print("call_at(now + 3)"); });
  call_later(ex, 1, [] { print("call_later(1)"); });
  call_at(ex, now + course::secs(2), [] { print("call_at(now + 2)"); });
  call_later(ex, 2, [] { print("call_later(2), same deadline, set later"); });
  call_later(ex, 0.5, [] { print("call_later(0.5)"); });
  co_await course::sleep(3.5);
  print("main ends");
}
}  // namespace timer_call_at_order
