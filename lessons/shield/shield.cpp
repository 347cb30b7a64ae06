// Lesson: shield. asyncio.wait_for(asyncio.shield(task), 4) times out at 4 s, but the timeout
// cancels only the shield: the task runs on, and a later `await task` gets its result.
//
// course::shield(task) is `await asyncio.shield(task)`: a wait on the task that a cancellation
// ends at once (task.async_wait_shielded), leaving the task running, while cancelling a plain
// `await task` (task.async_wait) cancels the task itself. A shield is a wait that can be
// abandoned, not an operation that ignores cancellation: a race around an operation that ignores
// cancellation does not time out at 4 s at all, because it returns only once the loser has ended.
#include <course/names.hpp>

using namespace std::chrono_literals;

// 003 保户任务不被取消
namespace shield_task {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task.of("delay"));
  bool timed_out = false;  // co_await may not stand in a catch block: the except block's await
  try {                    // waits below it
    auto shielded = course::wait_for(course::shield(long_task), 4);
    int result = co_await std::move(shielded);
    print(result);
  } catch (const course::timeout_error&) {
    print("任务超时");
    timed_out = true;
  }
  if (timed_out) {
    int result = co_await long_task.async_wait(use_awaitable);
    print(result);
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "shield",
    .note = course::note_003,
    .section = "保户任务不被取消",
    .run = program,
    .claims = {course::printed_at("睡10秒", 0), course::printed_at("任务超时", 4),
               course::printed_at("结束睡眠10秒", 10), course::printed_at("10", 10),
               course::task_done_at("Task-2", 10), course::ends_at(10)}};

}  // namespace shield_task

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "shield",
       .teaches = N_("course::wait_for(course::shield(task), 4): task.async_wait_shielded"),
       .programs = {shield_task::descriptor}});
}
