// Lesson: sleep. `await asyncio.sleep(1)` is a wait on a timer: the coroutine is suspended, the
// loop is free for other work, and a second later the timer's completion resumes it.
//
// Asio spells that out: a timer object and a co_await on its async_wait. course::sleep(seconds)
// is exactly that pair; the second program below writes it by hand.
#include <course/names.hpp>

using namespace std::chrono_literals;

// 003 使用sleep
namespace hello_world_after_a_second {

awaitable<std::string> hello_world() {
  co_await course::sleep(1);
  co_return "hello world";
}

awaitable<void> async_main() {
  std::string message = co_await hello_world();
  print(message);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "hello_world",
    .note = course::note_003,
    .section = "使用sleep",
    .run = program,
    .claims = {course::printed_at("hello world", 1), course::ends_at(1)}};

}  // namespace hello_world_after_a_second

// 002 asyncio API: the four steps (import, async def, await asyncio.sleep(1), asyncio.run) as one
// program. It prints nothing and takes a second.
// The Python: four_steps.py beside this file.
namespace four_steps {

awaitable<void> async_main() {
  // asyncio.sleep(1), by hand: a timer on this coroutine's executor, and a wait for it.
  course::timer timer(co_await course::asio::this_coro::executor, 1s);
  co_await timer.async_wait(use_awaitable);
}

void program() { course::run(async_main()); }

const course::program descriptor = {.variant = "four_steps",
                                    .note = course::note_002,
                                    .section = "asyncio API",
                                    .run = program,
                                    .claims = {course::ends_at(1)}};

}  // namespace four_steps

// 004 Coroutine和Task, first program
namespace hello_then_world {

awaitable<void> async_main() {
  print("hello");
  co_await course::sleep(1);
  print("world");
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "hello_then_world",
    .note = course::note_004,
    .section = "Coroutine和Task",
    .run = program,
    .claims = {course::printed_at("hello", 0), course::printed_at("world", 1), course::ends_at(1)},
    .erratum = N_("the note calls asynio.run(main()), a typo: CPython stops with NameError "
                  "and prints nothing. This is the program it means, with asyncio.run.")};

}  // namespace hello_then_world

int main(int argc, char** argv) {
  return course::lesson_main(argc, argv,
                             {.name = "sleep",
                              .teaches = N_("a timer and co_await timer.async_wait(use_awaitable)"),
                              .programs = {hello_world_after_a_second::descriptor,
                                           four_steps::descriptor, hello_then_world::descriptor}});
}
