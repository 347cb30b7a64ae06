// get() on a full queue wakes the blocked putter, but its item is not in the queue until the putter
// runs.
#include "../diff_case.hpp"
namespace queue_qsize_full_putter_woken {

using queue_ptr = std::shared_ptr<course::queue<std::string>>;

awaitable<void> putter(queue_ptr q) {
  print("putter: put('b') waits, the queue is full");
  co_await q->async_put("b", use_awaitable);
  print("putter: put('b') done, qsize", q->qsize());
}

DIFF_CASE(queue_qsize_full_putter_woken) {
  auto ex = co_await asio::this_coro::executor;
  auto q = std::make_shared<course::queue<std::string>>(ex, 1);
  q->put_nowait("a");
  auto t = co_spawn(ex, putter(q), use_task);
  co_await course::sleep(1.0);
  std::string item = co_await q->async_get(use_awaitable);
  print("get() ->", item);
  print("right after get(): qsize", q->qsize(), "full", q->full());
  co_await course::sleep(0.0);
  print("one turn later: qsize", q->qsize(), "full", q->full());
  co_await t.async_wait(use_awaitable);
}
}  // namespace queue_qsize_full_putter_woken
