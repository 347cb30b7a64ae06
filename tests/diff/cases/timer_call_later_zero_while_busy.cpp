// call_later(0, cb) fires on the next loop turn, after the ready steps: between iterations of a sleep(0) loop.
#include "../diff_case.hpp"
namespace timer_call_later_zero_while_busy {
namespace asio = course::asio;
using asio::awaitable; using asio::co_spawn; using asio::use_awaitable;
using course::print; using course::use_task;

template <typename F>
void call_later(const asio::any_io_executor& ex, double delay, F cb) {
  auto t = std::make_shared<course::timer>(ex, course::secs(delay));
  t->async_wait([t, cb](boost::system::error_code ec) {
    if (!ec) cb();
  });
}

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
