// Lesson: timeouts. asyncio.timeout(delay) (Python 3.11) puts a deadline on the work of a scope:
// the work runs in the task itself, not in a task of its own as with wait_for; at the deadline
// the task is cancelled, and the cancellation leaves the scope as TimeoutError. reschedule()
// moves the deadline while the scope runs; timeout_at(when) takes one on the loop's clock.
//
// asio has no such scope: Boost 1.81 has no cancel_after, and `op || timer` runs the two side by
// side. course::timeout(delay) (common/src/timeouts.cpp) is asyncio's: it arms a loop callback
// that cancels the current task, and async_with(work) awaits the work inside the scope, then
// turns the scope's own cancellation into course::timeout_error. C++ has no async with, so the
// work is an awaitable handed to async_with.
#include <course/names.hpp>

#include <string>

// The Python: scope.py beside this file.
namespace scope {

awaitable<void> download(std::string name, double seconds) {
  print(name + ": downloading");
  co_await course::sleep(seconds);
  print(name + ": done");
}

awaitable<void> async_main() {
  auto small = course::timeout(2);
  auto small_download = small.async_with(download("small file", 1));
  co_await std::move(small_download);
  try {
    auto big = course::timeout(2);
    auto big_download = big.async_with(download("big file", 5));
    co_await std::move(big_download);
  } catch (const course::timeout_error&) {
    print("big file: gave up after 2 s");
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "scope",
    .note = course::beyond_the_notes,
    .section = "asyncio.timeout()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("small file: done", 1), printed_at("big file: downloading", 1),
               printed_at("big file: gave up", 3), course::ends_at(3)}};

}  // namespace scope

// The Python: reschedule.py beside this file.
namespace reschedule {

awaitable<void> steps(course::timeout_scope cm) {
  for (int step = 1; step < 4; ++step) {
    co_await course::sleep(1);
    print("step " + std::to_string(step) + " done");
    cm.reschedule(course::loop_time() + 1.5);
  }
}

awaitable<void> async_main() {
  auto cm = course::timeout(1.5);
  auto watched = cm.async_with(steps(cm));
  co_await std::move(watched);
  print("all steps done; expired:", cm.expired());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "reschedule",
    .note = course::beyond_the_notes,
    .section = "Timeout.reschedule()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("step 3 done", 3), printed_at("all steps done", 3), course::ends_at(3)}};

}  // namespace reschedule

// The Python: timeout_at.py beside this file.
namespace timeout_at {

awaitable<void> parts() {
  co_await course::sleep(1);
  print("first part");
  co_await course::sleep(1);
  print("second part");
  co_await course::sleep(1);
  print("never printed: past the deadline");
}

awaitable<void> async_main() {
  const double deadline = course::loop_time() + 2.5;
  try {
    auto cm = course::timeout_at(deadline);
    auto all_parts = cm.async_with(parts());
    co_await std::move(all_parts);
  } catch (const course::timeout_error&) {
    print("TimeoutError at the shared deadline");
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "timeout_at",
    .note = course::beyond_the_notes,
    .section = "asyncio.timeout_at()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("second part", 2), printed_at("TimeoutError", 2.5),
               course::ends_at(2.5)}};

}  // namespace timeout_at

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "timeouts",
       .teaches = N_("course::timeout(delay).async_with(work): a deadline that cancels this task"),
       .programs = {scope::descriptor, reschedule::descriptor, timeout_at::descriptor}});
}
