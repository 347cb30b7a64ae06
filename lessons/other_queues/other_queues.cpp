// Lesson: other queues. asyncio.PriorityQueue hands out the smallest item first (a heap, Python's
// heapq), asyncio.LifoQueue the newest; both are asyncio.Queue otherwise: put waits while full,
// get while empty, task_done and join, and the nowait forms raise QueueFull and QueueEmpty.
//
// course::priority_queue<T> and course::lifo_queue<T> (common/include/course/queue.hpp) are
// course::queue<T> with another order: the heap is heapq's, step for step, so items that
// compare equal leave in CPython's order. A (priority, job) tuple is a std::pair, compared the
// same way.
#include <course/names.hpp>
#include <course/queue.hpp>

#include <string>
#include <utility>
#include <vector>

// The Python: priority.py beside this file.
namespace priority {

using job_queue = course::priority_queue<std::pair<int, std::string>>;

awaitable<void> worker(job_queue* queue) {
  for (;;) {
    auto [priority, job] = co_await queue->async_get(use_awaitable);
    print("doing " + job + " (priority " + std::to_string(priority) + ")");
    co_await course::sleep(1);
    queue->task_done();
  }
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  job_queue queue(ex);
  for (auto item :
       {std::pair<int, std::string>{3, "tidy up"}, {1, "fix the outage"}, {2, "answer mail"}}) {
    queue.put_nowait(item);
  }
  auto task = co_spawn(ex, worker(&queue), use_task.of("worker"));
  co_await queue.async_join(use_awaitable);
  task.cancel();
  print("all done");
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "priority",
    .note = course::beyond_the_notes,
    .section = "asyncio.PriorityQueue",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("doing fix the outage", 0), printed_at("doing tidy up", 2),
               printed_at("all done", 3), course::ends_at(3)}};

}  // namespace priority

// The Python: lifo.py beside this file.
namespace lifo {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  course::lifo_queue<std::string> edits(ex, 3);
  for (const char* edit : {"type a title", "bold it", "add a link"}) {
    co_await edits.async_put(edit, use_awaitable);
  }
  try {
    edits.put_nowait("one too many");
  } catch (const course::queue_full&) {
    print("QueueFull: the stack holds", edits.qsize());
  }
  while (!edits.empty()) {
    std::string edit = co_await edits.async_get(use_awaitable);
    print("undo:", edit);
  }
  try {
    edits.get_nowait();
  } catch (const course::queue_empty&) {
    print("QueueEmpty: nothing left to undo");
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "lifo",
    .note = course::beyond_the_notes,
    .section = "asyncio.LifoQueue, QueueFull, QueueEmpty",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("undo: add a link", 0), course::ends_at(0)}};

}  // namespace lifo

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "other_queues",
       .teaches = N_("course::priority_queue<T> (heapq's heap) and course::lifo_queue<T>"),
       .programs = {priority::descriptor, lifo::descriptor}});
}
