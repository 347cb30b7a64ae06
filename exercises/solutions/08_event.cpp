// Solution of exercise 8 of 13: event (note 002 async 函数示例).
// The lesson's code, drawn from lessons/event/event.cpp, namespace event_call_later.
// `course exercise check event --file` this file passes.
//
// The Python (lessons/event/event.py):
//
//   import asyncio
//   import functools
//
//   def set_event(event: asyncio.Event):
//       print("setting event in callback")
//       event.set()
//
//   async def coro1(event: asyncio.Event):
//       print("coro1 waiting for event")
//       await event.wait()
//       print("coro1 triggered")
//
//   async def coro2(event: asyncio.Event):
//       print("coro2 waiting for event")
//       await event.wait()
//       print("coro2 triggered")
//
//   async def main(loop: asyncio.AbstractEventLoop):
//       # Create a shared event
//       event = asyncio.Event()
//       print("event start state: {}".format(event.is_set()))
//
//       loop.call_later(1, functools.partial(set_event, event))
//
//       await asyncio.gather(coro1(event), coro2(event))
//       print("event end state: {}".format(event.is_set()))
//
//   event_loop = asyncio.get_event_loop()
//   try:
//       event_loop.run_until_complete(main(event_loop))
//   finally:
//       event_loop.close()
#include <course/names.hpp>

#include <functional>
#include <string>

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

}  // namespace event_call_later

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "event", event_call_later::program);
}
