// Lesson: loop callbacks and their handles. loop.call_soon runs a plain function on the loop's
// next turn, loop.call_later and loop.call_at when a deadline is due; each returns a handle whose
// cancel() keeps the callback from running. A callback is not a task: nothing awaits it, so an
// exception it raises goes to the loop, which logs it and runs on.
//
// In asio a callback is a completion handler: call_soon is asio::post, call_later a timer's
// async_wait with the callback as its handler. course::call_soon, call_later and call_at
// (common/src/callbacks.cpp) are that, with asyncio's handle: cancel() drops the timer's wait.
// loop.time() is course::loop_time(), the loop's clock in course seconds.
#include <course/names.hpp>

#include <cstdio>
#include <stdexcept>
#include <string>

// The Python: schedule.py beside this file.
namespace schedule {

void say(const std::string& what) {
  char now[32];
  std::snprintf(now, sizeof now, "%.1f", course::loop_time());
  print(what + " (loop.time() = " + now + ")");
}

awaitable<void> async_main() {
  auto loop = co_await asio::this_coro::executor;
  course::call_soon(loop, [] { say("call_soon: on the next turn"); });
  course::call_later(loop, 2, [] { say("call_later(2)"); });
  course::call_at(loop, course::loop_time() + 1, [] { say("call_at(loop.time() + 1)"); });
  auto reminder = course::call_later(loop, 3, [] { say("never printed: cancelled"); });
  say("four callbacks scheduled");
  co_await course::sleep(2.5);
  reminder.cancel();
  say("reminder cancelled: " + course::py::str(reminder.cancelled()));
  co_await course::sleep(1);
  say("done");
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "schedule",
    .note = course::beyond_the_notes,
    .section = "loop.call_soon(), call_later(), call_at(), Handle.cancel()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("call_soon", 0), printed_at("call_at", 1), printed_at("call_later(2)", 2),
               printed_at("reminder cancelled", 2.5), course::ends_at(3.5)}};

}  // namespace schedule

// The Python: callback_raises.py beside this file.
namespace callback_raises {

void bad() { throw std::invalid_argument("boom"); }  // ValueError

awaitable<void> async_main() {
  auto loop = co_await asio::this_coro::executor;
  course::call_soon(loop, bad);
  course::call_later(loop, 1, [] { print("the loop goes on"); });
  co_await course::sleep(2);
  print("main ends");
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "callback_raises",
    .note = course::beyond_the_notes,
    .section = "an exception in a callback",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("the loop goes on", 1), printed_at("main ends", 2), course::ends_at(2)}};

}  // namespace callback_raises

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "loop_callbacks",
       .teaches = N_("asio::post and a timer's handler, with a handle whose cancel() drops them"),
       .programs = {schedule::descriptor, callback_raises::descriptor}});
}
