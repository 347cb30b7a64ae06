// Lesson: timing decorator. The note's @async_timed() wraps a coroutine function so that every
// call prints when it starts and how long it took, even when it fails or is cancelled.
//
// C++ has no decorators; course::async_timed<F>{"name"} (common/include/course/util.hpp) is a
// function object that wraps the coroutine function F: calling it gives a new awaitable that
// prints the `strarting` line (the note's typo), awaits F's, and prints the `finished` line in
// its cleanup, as the Python `finally:` does. As in Python, the printed address is the address of
// the undecorated function.
#include <course/names.hpp>

// 003 协程计时装饰器, the usage program
namespace usage {

awaitable<int> delay_(int delay_seconds) {
  print("sleeping for " + course::py::str(delay_seconds) + " seconds");
  co_await course::sleep(delay_seconds);
  print("finished sleeping for " + course::py::str(delay_seconds) + " seconds");
  co_return delay_seconds;
}
constexpr course::async_timed<delay_> delay{"delay"};

awaitable<void> main_() {
  auto ex = co_await asio::this_coro::executor;
  auto task1 = co_spawn(ex, delay(2), use_task.of("delay"));
  auto task2 = co_spawn(ex, delay(3), use_task.of("delay"));
  co_await task1.async_wait(use_awaitable);
  co_await task2.async_wait(use_awaitable);
}
constexpr course::async_timed<main_> async_main{"main"};

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "async_timed",
    .note = course::note_003,
    .section = "协程计时装饰器",
    .ordinal = 2,
    .run = program,
    .claims = {printed_at("strarting <function main", 0),
               printed_at("strarting <function delay", 0).nth(2),
               printed_at("sleeping for 3 seconds", 0),
               printed_at("finished sleeping for 2 seconds", 2),
               printed_at("finished <function delay", 2).nth(1),
               printed_at("finished sleeping for 3 seconds", 3),
               printed_at("finished <function delay", 3).nth(2),
               printed_at("finished <function main", 3), course::ends_at(3)},
    .erratum = N_("the note shows only the last five of the ten lines the program prints.")};

}  // namespace usage

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "timing_decorator",
       .teaches =
           N_("a function object wrapping a coroutine function: the decorator's counterpart"),
       .programs = {usage::descriptor}});
}
