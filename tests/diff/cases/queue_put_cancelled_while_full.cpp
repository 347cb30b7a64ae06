// A putter cancelled while the queue is full adds nothing; the next putter gets the slot.
#include "../diff_case.hpp"
namespace queue_put_cancelled_while_full {

using queue_ptr = std::shared_ptr<course::queue<std::string>>;

awaitable<void> putter(queue_ptr q, std::string item) {
  try {
    co_await q->async_put(item, use_awaitable);
    print("put", item);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("put", item, "cancelled");
    throw;
  }
}

DIFF_CASE(queue_put_cancelled_while_full) {
  auto ex = co_await asio::this_coro::executor;
  auto q = std::make_shared<course::queue<std::string>>(ex, 1);
  q->put_nowait("a");
  auto p1 = co_spawn(ex, putter(q, "b"), use_task);
  auto p2 = co_spawn(ex, putter(q, "c"), use_task);
  co_await course::sleep(1.0);
  p1.cancel();
  co_await course::sleep(1.0);
  print("get ->", q->get_nowait());
  // gather(p1, p2, return_exceptions=True): each task awaited in turn
  for (auto& t : std::vector{p1, p2}) {
    auto w = t.async_wait(asio::as_tuple(use_awaitable));
    co_await std::move(w);
  }
  std::string item = q->get_nowait();
  print("queue now holds", item, "qsize", q->qsize());
}
}  // namespace queue_put_cancelled_while_full
