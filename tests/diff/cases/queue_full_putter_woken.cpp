// get() on a full queue wakes the blocked putter, but its item is not in the queue until the putter
// runs; a put_nowait() in between takes the slot first, and the woken putter waits again.
#include "../diff_case.hpp"
namespace queue_full_putter_woken {

using queue_ptr = std::shared_ptr<course::queue<std::string>>;

awaitable<void> putter(queue_ptr q, std::string item) {
  print("putter: put(" + course::py::repr(item) + ") waits, the queue is full");
  co_await q->async_put(item, use_awaitable);
  print("putter: put(" + course::py::repr(item) + ") done, qsize", q->qsize());
}

DIFF_CASE(queue_full_putter_woken) {
  auto ex = co_await asio::this_coro::executor;
  auto q = std::make_shared<course::queue<std::string>>(ex, 1);
  q->put_nowait("a");
  auto t = co_spawn(ex, putter(q, "b"), use_task);
  co_await course::sleep(1.0);
  std::string item = co_await q->async_get(use_awaitable);
  print("get() ->", item);
  print("right after get(): qsize", q->qsize(), "full", q->full());
  co_await course::sleep(0.0);
  print("one turn later: qsize", q->qsize(), "full", q->full());
  co_await t.async_wait(use_awaitable);
  t = co_spawn(ex, putter(q, "p"), use_task);
  co_await course::sleep(1.0);
  print("get_nowait() ->", q->get_nowait());
  q->put_nowait("c");
  print("main refilled the queue");
  co_await course::sleep(1.0);
  print("putter done?", t.done());
  print("get_nowait() ->", q->get_nowait());
  co_await t.async_wait(use_awaitable);
  print("get_nowait() ->", q->get_nowait());
}
}  // namespace queue_full_putter_woken
