// Lesson: asyncio.Queue, producers and consumers. A bounded queue pushes back: put waits while
// the queue is full, get waits while it is empty, and join waits until every item put has been
// declared done with task_done. Consumers that loop forever are cancelled once join returns.
//
// Boost 1.81 has experimental::channel, but its capacity 0 is a rendezvous (asyncio's maxsize 0
// is unbounded) and it has no task_done, join or size. course::queue<T>
// (common/include/course/queue.hpp) is an I/O object of the usual asio shape: async_put,
// async_get and async_join take any completion token; put_nowait and get_nowait do not wait.
// As asyncio's, a put wakes the first waiting getter, which takes the item when it runs, and a
// getter cancelled before that leaves the item in the queue: no item is ever lost.
//
// The note leaves this heading empty; the course's Python program is producer_consumer.py beside
// this file.
#include <course/names.hpp>
#include <course/queue.hpp>

#include <string>
#include <vector>

using course::py::str;

// The Python: producer_consumer.py beside this file.
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
    queue->task_done();
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

const course::program descriptor = {
    .variant = "producer_consumer",
    .note = course::note_000,
    .section = "异步队列 `asyncio.Queue`",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("放入货物4", 0), printed_at("消费者1取出货物3", 1),
               printed_at("放入货物5", 1), printed_at("全部放入", 1),
               printed_at("消费者2取出货物6", 2), printed_at("全部处理完", 3),
               course::task_cancelled_at("Task-2", 3), course::task_cancelled_at("Task-3", 3),
               course::ends_at(3)},
    .remark = N_("the producer waits from 0 s to 1 s to put 货物5: the queue holds two and "
                 "both consumers are busy, which is the back-pressure a bound gives.")};

}  // namespace producer_consumer

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "queue",
       .teaches = N_("course::queue<T>: async_put, async_get, task_done and async_join"),
       .programs = {producer_consumer::descriptor}});
}
