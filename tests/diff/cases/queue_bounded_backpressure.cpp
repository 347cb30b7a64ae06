// put() on a full bounded queue waits until a get() frees a slot.
#include "../diff_case.hpp"
namespace queue_bounded_backpressure {

using queue_ptr = std::shared_ptr<course::queue<int>>;

awaitable<void> producer(queue_ptr q) {
  for (int i = 0; i < 4; ++i) {
    co_await q->async_put(i, use_awaitable);
    print("put", i, "qsize", q->qsize());
  }
}

awaitable<void> consumer(queue_ptr q) {
  for (int n = 0; n < 4; ++n) {
    co_await course::sleep(1.0);
    int item = co_await q->async_get(use_awaitable);
    print("got", item);
  }
}

DIFF_CASE(queue_bounded_backpressure) {
  auto ex = co_await asio::this_coro::executor;
  auto q = std::make_shared<course::queue<int>>(ex, 2);
  auto g = course::gather(producer(q), consumer(q));
  co_await std::move(g);
}
}  // namespace queue_bounded_backpressure
