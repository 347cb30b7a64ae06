// A producer and a consumer hand items over a Queue: get() waits until put() provides one.
#include "../diff_case.hpp"
namespace queue_producer_consumer {

using queue_ptr = std::shared_ptr<course::queue<std::optional<int>>>;  // None: std::nullopt

awaitable<void> producer(queue_ptr q) {
  for (int i = 0; i < 3; ++i) {
    co_await course::sleep(1.0);
    co_await q->async_put(i, use_awaitable);
    print("put", i);
  }
  co_await q->async_put(std::nullopt, use_awaitable);
}

awaitable<void> consumer(queue_ptr q) {
  while (true) {
    std::optional<int> item = co_await q->async_get(use_awaitable);
    if (!item) break;
    print("got", *item);
  }
  print("consumer sees the end marker");
}

DIFF_CASE(queue_producer_consumer) {
  auto ex = co_await asio::this_coro::executor;
  auto q = std::make_shared<course::queue<std::optional<int>>>(ex);
  auto g = course::gather(producer(q), consumer(q));
  co_await std::move(g);
  print("qsize:", q->qsize(), "empty:", q->empty());
}
}  // namespace queue_producer_consumer
