// A call_later callback that raises is logged at its deadline; later timers and tasks are unaffected.
#include "../diff_case.hpp"
namespace callback_timer_raises {
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
