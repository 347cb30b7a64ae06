// Lesson: cancel. task.cancel() asks a task to stop: the operation it is waiting on ends at once
// with operation_aborted, asio's CancelledError, and unless the coroutine catches it the task
// ends cancelled. Whoever then awaits the task gets the same error.
//
// course::task::cancel() emits a terminal cancellation on the asio::cancellation_signal bound to
// the task's co_spawn, which reaches whatever the coroutine is co_awaiting. As in asyncio, the
// cancellation is a request: the task is not done() until it has run and ended, one loop turn
// later, which is why the loop below prints 任务还在运行 a sixth time (the note says five).
#include <course/names.hpp>

const std::string six_lines =
    N_("the note says it cancels after 5 s; right after cancel() "
       "the task is not yet done(), so the loop runs a sixth time");

// 003 取消任务
namespace cancel_task {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task.of("delay"));
  int seconds_elapsed = 0;
  while (!long_task.done()) {
    print("任务还在运行");
    co_await course::sleep(1);
    seconds_elapsed += 1;
    if (seconds_elapsed == 5) long_task.cancel();
  }
  try {
    co_await long_task.async_wait(use_awaitable);
  } catch (const boost::system::system_error& e) {
    if (e.code() != asio::error::operation_aborted) throw;
    print("任务被取消了");
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "cancel",
    .note = course::note_003,
    .section = "取消任务",
    .run = program,
    .claims = {printed_at("任务还在运行", 0).nth(1), printed_at("睡10秒", 0),
               printed_at("任务还在运行", 4).nth(5), printed_at("任务还在运行", 5).nth(6),
               course::task_cancelled_at("Task-2", 5),
               printed_at("任务被取消了", 6).note(5, six_lines),
               course::ends_at(6).note(5, six_lines)},
    .erratum = N_("CPython prints 任务还在运行 six times and ends at 6 s, not 5: right after "
                  "cancel() the task is not yet done().")};

}  // namespace cancel_task

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "cancel",
       .teaches = N_("task.cancel(): a terminal cancellation_signal on the task's co_spawn"),
       .programs = {cancel_task::descriptor}});
}
