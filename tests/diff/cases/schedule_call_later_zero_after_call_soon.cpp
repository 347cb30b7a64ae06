// Ready callbacks run before due timers: call_soon() made after call_later(0) still runs first.
#include "../diff_case.hpp"
namespace schedule_call_later_zero_after_call_soon {
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
