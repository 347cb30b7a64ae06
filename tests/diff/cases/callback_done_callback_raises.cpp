// A done callback that raises is logged; the other done callbacks and the awaiter still run.
#include "../diff_case.hpp"
namespace callback_done_callback_raises {
using course::diff::sleep;  // asyncio.sleep(delay, result)

void bad(const course::task<std::string>&) { throw std::out_of_range("in done callback"); }
void good(const course::task<std::string>& t) { print("good callback sees", t.result()); }

DIFF_CASE(callback_done_callback_raises) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, sleep(1, "r"), use_task);
  t.add_done_callback(bad);
  t.add_done_callback(good);
  std::string r = co_await t.async_wait(use_awaitable);
  print("awaited:", r);
  co_await course::sleep(1.0);
  print("main ends");
}
}  // namespace callback_done_callback_raises
