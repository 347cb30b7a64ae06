// join() waits until task_done() was called once for every item put.
#include "../diff_case.hpp"
namespace queue_join_task_done {

using queue_ptr = std::shared_ptr<course::queue<int>>;

awaitable<void> worker(queue_ptr q) {
  while (true) {
    int item = co_await q->async_get(use_awaitable);
    co_await course::sleep(double(item));
    print("processed", item);
    q->task_done();
  }
}

DIFF_CASE(queue_join_task_done) {
  auto ex = co_await asio::this_coro::executor;
  auto q = std::make_shared<course::queue<int>>(ex);
  for (int d : {1, 2, 1}) q->put_nowait(d);
  auto w = co_spawn(ex, worker(q), use_task);
  co_await q->async_join(use_awaitable);
  print("join() returned, empty:", q->empty());
  w.cancel();
  try {
    co_await w.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("worker cancelled");
  }
}
}  // namespace queue_join_task_done
