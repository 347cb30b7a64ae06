// Lesson: shield. asyncio.wait_for(asyncio.shield(task), 4) times out at 4 s, but the timeout
// cancels only the shield: the task runs on, and a later `await task` gets its result.
//
// course::task has the two waits: async_wait is `await task` (cancelling the wait cancels the
// task) and async_wait_shielded is `await asyncio.shield(task)` (cancelling the wait only stops
// waiting). A shield is a wait that can be abandoned, not an operation that ignores cancellation:
// `op || timer` around an op that ignores cancellation does not time out at 4 s at all, because
// `||` returns only once the loser has ended, and that op ends at 10 s. So the work is spawned as
// its own task, and only the wait for its result is cancelled.
#include <course/course.hpp>

namespace asio = course::asio;
using asio::awaitable;
using asio::co_spawn;
using asio::use_awaitable;
using course::print;
using course::use_task;
using namespace asio::experimental::awaitable_operators;
using namespace std::chrono_literals;

// 003 保户任务不被取消
namespace shield_task {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task);
  course::timer timeout(ex, 4s);
  auto race = long_task.async_wait_shielded(use_awaitable) || timeout.async_wait(use_awaitable);
  auto first = co_await std::move(race);
  if (first.index() == 0) {
    int result = std::get<0>(first);
    print(result);
  } else {
    print("任务超时");
    int result = co_await long_task.async_wait(use_awaitable);
    print(result);
  }
}

void program() { course::run(async_main()); }

}  // namespace shield_task

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "shield",
       .teaches = "task.async_wait_shielded(use_awaitable) || timer.async_wait(use_awaitable)",
       .programs = {
           {.variant = "shield",
            .note = "003_9b2ea0e83eeffe65.txt",
            .section = "保户任务不被取消",
            .run = shield_task::program,
            .claims = {course::printed_at("睡10秒", 0), course::printed_at("任务超时", 4),
                       course::printed_at("结束睡眠10秒", 10), course::printed_at("10", 10),
                       course::task_done_at("Task-2", 10), course::ends_at(10)}},
       }});
}
