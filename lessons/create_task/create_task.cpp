// Lesson: create_task. asyncio.create_task(coro) wraps a coroutine in a Task and schedules it on
// the loop; the creator goes on until it awaits something, and only then do the tasks start.
//
// Asio's counterpart is co_spawn(executor, coroutine, completion_token). The token decides what
// co_spawn returns and what happens at the end: course::use_task makes it return a course::task,
// which can be awaited (task.async_wait), polled (done()) and cancelled, like an asyncio.Task.
// use_task also posts the start, because plain co_spawn, called from the loop's own thread, runs
// the new coroutine at once, up to its first suspension, before the creator continues.
#include <course/names.hpp>

// 000 `asyncio.create_task()`
namespace two_tasks {

awaitable<void> task1() {
  print("Task 1: Start");
  co_await course::sleep(1);
  print("Task 1: End");
}

awaitable<void> task2() {
  print("Task 2: Start");
  co_await course::sleep(2);
  print("Task 2: End");
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto t1 = co_spawn(ex, task1(), use_task.of("task1"));
  auto t2 = co_spawn(ex, task2(), use_task.of("task2"));

  co_await t1.async_wait(use_awaitable);
  co_await t2.async_wait(use_awaitable);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "two_tasks",
    .note = course::note_000,
    .section = "`asyncio.create_task()`",
    .run = program,
    .claims = {printed_at("Task 1: Start", 0), printed_at("Task 2: Start", 0),
               printed_at("Task 1: End", 1), printed_at("Task 2: End", 2), ends_at(2)},
    .erratum = N_("the note's diagram says 等待 2 秒 between task1() resuming at 1 s and "
                  "task2() resuming; task2's sleep(2) began at 0 s, beside task1's, so "
                  "task2() resumes at 2 s, one second after task1().")};

}  // namespace two_tasks

// 003 创建任务
namespace task_result {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto sleep_three = co_spawn(ex, course::delay(3), use_task.of("delay"));
  print(course::py::class_of(typeid(sleep_three)));
  int result = co_await sleep_three.async_wait(use_awaitable);
  print(result);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "task_result",
    .note = course::note_003,
    .section = "创建任务",
    .run = program,
    .claims = {printed_at("睡3秒", 0), printed_at("结束睡眠3秒", 3), printed_at("3", 3),
               ends_at(3)},
    .remark = N_("the first line is the task's type: CPython prints <class "
                 "'_asyncio.Task'> (Task as the C module _asyncio implements it); the "
                 "C++ prints its own type, course::task<int>.")};

}  // namespace task_result

// 003 同时运行多个任务
namespace three_tasks {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto sleep_for_three = co_spawn(ex, course::delay(3), use_task.of("delay"));
  auto sleep_for_again = co_spawn(ex, course::delay(3), use_task.of("delay"));
  auto sleep_for_once_more = co_spawn(ex, course::delay(3), use_task.of("delay"));
  print("______________");
  co_await sleep_for_three.async_wait(use_awaitable);
  co_await sleep_for_again.async_wait(use_awaitable);
  co_await sleep_for_once_more.async_wait(use_awaitable);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "three_tasks",
    .note = course::note_003,
    .section = "同时运行多个任务",
    .run = program,
    .claims = {printed_at("______________", 0), printed_at("睡3秒", 0).nth(3),
               printed_at("结束睡眠3秒", 3).nth(1), printed_at("结束睡眠3秒", 3).nth(3),
               ends_at(3)}};

}  // namespace three_tasks

// 003 等待中执行其他代码
namespace other_code {

awaitable<void> hello_every_second() {
  for (int i = 0; i < 2; ++i) {
    co_await course::sleep(1);
    print("I'm running other code while I'm waiting!");
  }
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto first_delay = co_spawn(ex, course::delay(3), use_task.of("delay"));
  auto second_delay = co_spawn(ex, course::delay(3), use_task.of("delay"));
  co_await hello_every_second();
  co_await first_delay.async_wait(use_awaitable);
  co_await second_delay.async_wait(use_awaitable);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "other_code",
    .note = course::note_003,
    .section = "等待中执行其他代码",
    .run = program,
    .claims = {printed_at("睡3秒", 0).nth(2), printed_at("I'm running other code", 1).nth(1),
               printed_at("I'm running other code", 2).nth(2), printed_at("结束睡眠3秒", 3).nth(2),
               ends_at(3)}};

}  // namespace other_code

// 004 但是为什么不能让大家一起等待呢
namespace wait_together {

awaitable<void> say_after(double delay, std::string what) {
  co_await course::sleep(delay);
  print(what);
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto task1 = co_spawn(ex, say_after(1, "hello"), use_task.of("say_after"));
  auto task2 = co_spawn(ex, say_after(2, "world"), use_task.of("say_after"));
  print("started at " + course::time_of_day());

  co_await task1.async_wait(use_awaitable);
  co_await task2.async_wait(use_awaitable);

  print("finished at " + course::time_of_day());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "wait_together",
    .note = course::note_004,
    .section = "但是为什么不能让大家一起等待呢",
    .run = program,
    .claims = {printed_at("started at", 0), printed_at("hello", 1), printed_at("world", 2),
               printed_at("finished at", 2), ends_at(2)}};

}  // namespace wait_together

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "create_task",
       .teaches = N_("co_spawn(ex, coro, use_task), and co_await task.async_wait(use_awaitable)"),
       .programs = {two_tasks::descriptor, task_result::descriptor, three_tasks::descriptor,
                    other_code::descriptor, wait_together::descriptor}});
}
