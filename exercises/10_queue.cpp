// Exercise 10 of 13: queue (note 000 异步队列 `asyncio.Queue`).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check queue 检查。
//
// The Python (lessons/queue/producer_consumer.py):
//
//   # A producer and two consumers on a bounded asyncio.Queue, and join until every item is done.
//   import asyncio
//
//   async def producer(queue, n):
//       for i in range(1, n + 1):
//           await queue.put(f'货物{i}')
//           print(f'放入货物{i}，队列中有{queue.qsize()}个')
//
//   async def consumer(queue, name):
//       while True:
//           item = await queue.get()
//           print(f'{name}取出{item}')
//           await asyncio.sleep(1)
//           queue.task_done()
//
//   async def main():
//       queue = asyncio.Queue(maxsize=2)
//       consumers = [asyncio.create_task(consumer(queue, f'消费者{i}')) for i in (1, 2)]
//       await producer(queue, 6)
//       print('全部放入')
//       await queue.join()
//       print('全部处理完')
//       for c in consumers:
//           c.cancel()
//       await asyncio.gather(*consumers, return_exceptions=True)
//
//   asyncio.run(main())
//
// Write the Asio where the TODOs are. Then `course exercise check queue` builds this file, runs it
// in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint queue` gives one more hint each time; `course watch` checks on every save
// and moves on when it passes.
#include <course/names.hpp>
#include <course/queue.hpp>

#include <string>
#include <vector>

using course::py::str;

namespace producer_consumer {

using queue_type = course::queue<std::string>;

awaitable<void> producer(queue_type* queue, int n) {
  for (int i = 1; i <= n; ++i) {
    co_await queue->async_put("货物" + str(i), use_awaitable);
    print("放入货物" + str(i) + "，队列中有" + str(queue->qsize()) + "个");
  }
}

awaitable<void> consumer(queue_type* queue, std::string name) {
  for (;;) {
    auto item = co_await queue->async_get(use_awaitable);
    print(name + "取出" + item);
    co_await course::sleep(1);
    // TODO: tell the queue this item is done (queue.task_done()), or join() below waits forever.
  }
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  queue_type queue(ex, 2);
  std::vector<course::task<void>> consumers;
  for (int i : {1, 2}) {
    consumers.push_back(co_spawn(ex, consumer(&queue, "消费者" + str(i)), use_task.of("consumer")));
  }
  co_await producer(&queue, 6);
  print("全部放入");
  co_await queue.async_join(use_awaitable);
  print("全部处理完");
  for (auto& c : consumers) c.cancel();
  // gather(..., return_exceptions=True): wait for each to end, its cancellation included.
  for (auto& c : consumers) {
    co_await c.async_wait(asio::as_tuple(use_awaitable));
  }
}

void program() { course::run(async_main()); }

}  // namespace producer_consumer

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "queue", producer_consumer::program);
}
