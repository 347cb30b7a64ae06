// Lesson: Event. Two coroutines wait on an asyncio.Event; a callback that loop.call_later
// schedules for 1 s sets it, and both wake, in the order they began to wait.
//
// Asio 1.81 has no Event; course::event (common/include/course/event.hpp) is a small I/O object
// with an async_wait operation. course::call_later (common/src/callbacks.cpp) is a timer whose
// completion handler is the callback, the asio way to run a function later; it returns a handle
// whose cancel() drops the wait, as loop.call_later's does.
#include <course/names.hpp>

#include <functional>

// 002 async 函数示例, second program
namespace event_call_later {

void set_event(course::event& event) {
  print("setting event in callback");
  event.set();
}

awaitable<void> coro1(course::event* event) {
  print("coro1 waiting for event");
  co_await event->async_wait(use_awaitable);
  print("coro1 triggered");
}

awaitable<void> coro2(course::event* event) {
  print("coro2 waiting for event");
  co_await event->async_wait(use_awaitable);
  print("coro2 triggered");
}

awaitable<void> async_main(asio::any_io_executor loop) {
  course::event event(loop);
  print("event start state: " + course::py::str(event.is_set()));

  course::call_later(loop, 1, std::bind_front(set_event, std::ref(event)));

  auto both = coro1(&event) && coro2(&event);
  co_await std::move(both);
  print("event end state: " + course::py::str(event.is_set()));
}

void program() {
  // event_loop = asyncio.get_event_loop(); run_until_complete(...); close() at the end of scope.
  course::loop event_loop;
  course::run_until_complete(event_loop, async_main(event_loop.get_executor()));
}

const course::program descriptor = {
    .variant = "event",
    .note = course::note_002,
    .section = "async 函数示例",
    .ordinal = 2,
    .run = program,
    .claims = {printed_at("event start state: False", 0), printed_at("coro2 waiting for event", 0),
               printed_at("setting event in callback", 1), printed_at("coro1 triggered", 1),
               printed_at("coro2 triggered", 1), printed_at("event end state: True", 1),
               course::ends_at(1)}};

}  // namespace event_call_later

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "event",
       .teaches = N_("course::event (an async_wait operation) and a timer with a callback handler"),
       .programs = {event_call_later::descriptor}});
}
