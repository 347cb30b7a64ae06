// Lesson: wait_for. asyncio.wait_for(task, timeout=4) waits at most 4 s; at the timeout it cancels
// the task, waits for the cancellation to finish, and raises TimeoutError.
//
// In asio that is a race between the task and a timer: `co_await (a || b)` runs both and, as soon
// as one completes, cancels the other and waits for it to end. Cancelling a wait on a course::task
// cancels the task itself, as cancelling `await task` does in asyncio; so when the timer wins, the
// task is cancelled, and the race returns when it has ended. The result is a std::variant that
// says which side won: index 1, the timer, is asyncio's TimeoutError.
#include <course/course.hpp>

namespace asio = course::asio;
using asio::awaitable;
using asio::co_spawn;
using asio::use_awaitable;
using course::print;
using course::use_task;
using namespace asio::experimental::awaitable_operators;
using namespace std::chrono_literals;

// 003 设置超时并使用`wait_for`执行取消
namespace wait_for_timeout {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task);
  course::timer timeout(ex, 4s);
  auto race = long_task.async_wait(use_awaitable) || timeout.async_wait(use_awaitable);
  auto first = co_await std::move(race);
  if (first.index() == 0) {
    int result = std::get<0>(first);
    print(result);
  } else {
    print("任务超时");
  }
}

void program() { course::run(async_main()); }

}  // namespace wait_for_timeout

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "wait_for",
       .teaches = "co_await (task.async_wait(use_awaitable) || timer.async_wait(use_awaitable))",
       .programs = {
           {.variant = "wait_for",
            .note = "003_9b2ea0e83eeffe65.txt",
            .section = "设置超时并使用`wait_for`执行取消",
            .run = wait_for_timeout::program,
            .claims = {course::printed_at("睡10秒", 0), course::printed_at("任务超时", 4),
                       course::task_cancelled_at("Task-2", 4), course::ends_at(4)}},
       }});
}
