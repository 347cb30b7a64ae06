// get() wakes the putter of a full queue, but put_nowait() takes the slot first: the putter waits
// again.
#include "../diff_case.hpp"
namespace queue_put_nowait_before_woken_putter_runs {

using queue_ptr = std::shared_ptr<course::queue<std::string>>;

awaitable<void> putter(queue_ptr q) {
  co_await q->async_put("p", use_awaitable);
  print("putter: put done");
}

DIFF_CASE(queue_put_nowait_before_woken_putter_runs) {
  auto ex = co_await asio::this_coro::executor;
  auto q = std::make_shared<course::queue<std::string>>(ex, 1);
  q->put_nowait("a");
  auto t = co_spawn(ex, putter(q), use_task);
  co_await course::sleep(1.0);
  print("get_nowait() ->", q->get_nowait());
  q->put_nowait("b");
  print("main refilled the queue");
  co_await course::sleep(1.0);
  print("putter done?", t.done());
  print("get_nowait() ->", q->get_nowait());
  co_await t.async_wait(use_awaitable);
  print("get_nowait() ->", q->get_nowait());
}
}  // namespace queue_put_nowait_before_woken_putter_runs
