// put() wakes a waiting getter, but get_nowait() takes the item first: the getter goes back to
// waiting.
#include "../diff_case.hpp"
namespace queue_get_nowait_before_woken_getter_runs {

using queue_ptr = std::shared_ptr<course::queue<std::string>>;

awaitable<void> getter(queue_ptr q) {
  print("getter: waiting");
  std::string item = co_await q->async_get(use_awaitable);
  print("getter got", item);
}

DIFF_CASE(queue_get_nowait_before_woken_getter_runs) {
  auto ex = co_await asio::this_coro::executor;
  auto q = std::make_shared<course::queue<std::string>>(ex);
  auto t = co_spawn(ex, getter(q), use_task);
  co_await course::sleep(1.0);
  q->put_nowait("x");
  print("main: get_nowait() ->", q->get_nowait());
  co_await course::sleep(1.0);
  print("getter done?", t.done());
  q->put_nowait("y");
  co_await t.async_wait(use_awaitable);
}
}  // namespace queue_get_nowait_before_woken_getter_runs
