// Lesson: await in sequence. `await coro` runs the awaited coroutine inside the current task, to
// its end, before the next line: two awaits in a row take the sum of their times.
//
// In asio, co_await on an awaitable<T> does the same: the callee's frame is pushed on the caller's
// stack of frames (asio's "awaitable thread") and no new task is created. Only co_spawn creates
// one.
#include <course/names.hpp>

// 003 执行协程
namespace run_returns {

awaitable<int> coroutine_add_one(int number) { co_return number + 1; }

void main_block() {
  int res = course::run(coroutine_add_one(10));
  print(res);
}

// The note's code block holds the program twice over, and CPython runs both copies.
void program() {
  main_block();
  main_block();
}

const course::program descriptor = {
    .variant = "run_returns",
    .note = course::note_003,
    .section = "执行协程",
    .run = program,
    .claims = {printed_at("11", 0), printed_at("11", 0).nth(2), ends_at(0),
               course::tasks_created(2)},
    .erratum = N_("the note's code block holds the program twice over, so CPython prints "
                  "11 twice; the note shows it once.")};

}  // namespace run_returns

// 003 await 关键字暂停执行
namespace two_awaits {

awaitable<int> coroutine_add_one(int number) { co_return number + 1; }

awaitable<void> async_main() {
  int one = co_await coroutine_add_one(1);
  int two = co_await coroutine_add_one(2);
  print(one);
  print(two);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "two_awaits",
    .note = course::note_003,
    .section = "await 关键字暂停执行",
    .run = program,
    .claims = {printed_at("2", 0), printed_at("3", 0), course::tasks_created(1)}};

}  // namespace two_awaits

// 003 运行两个协程
namespace two_coroutines {

awaitable<int> add_one(int number) { co_return number + 1; }

awaitable<std::string> hello_world() {
  co_await course::delay(1);
  co_return "hello world";
}

awaitable<void> async_main() {
  std::string message = co_await hello_world();
  int one = co_await add_one(1);
  print(message);
  print(one);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "two_coroutines",
    .note = course::note_003,
    .section = "运行两个协程",
    .run = program,
    .claims = {printed_at("睡1秒", 0), printed_at("结束睡眠1秒", 1), printed_at("hello world", 1),
               printed_at("2", 1), ends_at(1)}};

}  // namespace two_coroutines

// 004 多个Coroutine的排队执行
namespace queued {

awaitable<void> say_after(double delay, std::string what) {
  co_await course::sleep(delay);
  print(what);
}

awaitable<void> async_main() {
  print("started at " + course::time_of_day());

  co_await say_after(1, "hello");
  co_await say_after(2, "world");

  print("finished at " + course::time_of_day());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "queued",
    .note = course::note_004,
    .section = "多个Coroutine的排队执行",
    .run = program,
    .claims = {printed_at("started at", 0), printed_at("hello", 1), printed_at("world", 3),
               printed_at("finished at", 3), ends_at(3),
               course::tasks_created(1).note(
                   3, N_("the prose says each `await coro` wraps it in a new Task; it "
                         "does not: an awaited coroutine runs inside the current task"))},
    .erratum = N_("the prose says `await say_after(...)` makes a new Task; it does not. "
                  "The comparison counts the tasks this program creates: main alone.")};

}  // namespace queued

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "await_in_sequence",
       .teaches = N_("co_await on an awaitable<T>: the callee runs inside the caller's task"),
       .programs = {run_returns::descriptor, two_awaits::descriptor, two_coroutines::descriptor,
                    queued::descriptor}});
}
