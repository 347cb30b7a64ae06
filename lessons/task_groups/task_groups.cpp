// Lesson: task groups. asyncio.TaskGroup (Python 3.11) is a scope for tasks: they start inside
// it, and the scope ends only when every one of them has ended. The first task that fails cancels
// the others; once all have ended, every error leaves the scope together, as an ExceptionGroup.
// gather, by contrast, passes the first error on at once and lets the others run.
//
// asio's `a && b` is the nearest thing: it cancels the others when one throws, and throws
// asio::multiple_exceptions; but its operations are fixed when it starts. course::task_group
// (common/src/task_group.cpp) is asyncio's: create_task() may be called while the group runs,
// and the errors leave as course::exception_group. The body of `async with` is a coroutine given
// the group, awaited by async_with().
#include <course/names.hpp>
#include <course/task_group.hpp>

#include <stdexcept>
#include <string>

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return s;
}

// The Python: fetch_all.py beside this file.
namespace fetch_all {

awaitable<std::string> fetch(std::string name, double seconds) {
  co_await course::sleep(seconds);
  print(name + ": fetched");
  co_return upper(name);
}

// The body of `async with`: it starts the tasks, and gives them back through a and b.
awaitable<void> start(course::task_group tg, course::task<std::string>* a,
                      course::task<std::string>* b) {
  *a = tg.create_task(fetch("a", 1));
  *b = tg.create_task(fetch("b", 2));
  print("both started");
  co_return;
}

awaitable<void> async_main() {
  course::task_group tg;
  course::task<std::string> a, b;
  auto scope = tg.async_with(start(tg, &a, &b));
  co_await std::move(scope);
  print("results:", a.result(), b.result());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "fetch_all",
    .note = course::beyond_the_notes,
    .section = "asyncio.TaskGroup",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("both started", 0), printed_at("results: A B", 2), course::ends_at(2)}};

}  // namespace fetch_all

// The Python: one_fails.py beside this file.
namespace one_fails {

awaitable<void> fetch(std::string name, double seconds, bool fail) {
  try {
    co_await course::sleep(seconds);
  } catch (const boost::system::system_error&) {  // CancelledError
    print(name + ": cancelled");
    throw;
  }
  if (fail) throw std::invalid_argument(name + " is down");  // ValueError
  print(name + ": fetched");
}

awaitable<void> start(course::task_group tg) {
  tg.create_task(fetch("a", 1, false));
  tg.create_task(fetch("b", 2, true));
  tg.create_task(fetch("c", 3, false));
  co_return;
}

awaitable<void> async_main() {
  try {
    course::task_group tg;
    auto scope = tg.async_with(start(tg));
    co_await std::move(scope);
  } catch (const course::exception_group& eg) {
    for (const auto& e : eg.exceptions()) print("failed:", course::py::exception_message(e));
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "one_fails",
    .note = course::beyond_the_notes,
    .section = "asyncio.TaskGroup, a task fails",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("c: cancelled", 2), printed_at("failed: b is down", 2),
               course::ends_at(2)}};

}  // namespace one_fails

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "task_groups",
       .teaches =
           N_("course::task_group: a scope for tasks, its errors as course::exception_group"),
       .programs = {fetch_all::descriptor, one_fails::descriptor}});
}
