// Lesson: a task's own API. A task has a name (Task-N, or one given); asyncio.current_task() is
// the task running now, asyncio.all_tasks() every task not yet done. cancel() is a request: the
// task counts them (cancelling()), and a task that catches CancelledError and takes them back
// (uncancel()) goes on. Done callbacks run after the task ends, and can be removed before.
//
// co_spawn(ex, coroutine, course::use_task) returns a course::task<T>; course::use_task_t{"name"}
// names it. course::current_task() and all_tasks() give course::any_task, a task whatever its
// result type. A std::function has no identity to remove it by, so add_done_callback returns a
// number, and remove_done_callback takes it.
#include <course/names.hpp>

#include <algorithm>
#include <string>
#include <vector>

// sorted(t.get_name() for t in asyncio.all_tasks()): all_tasks() is a set in asyncio.
std::string task_names() {
  std::vector<std::string> names;
  for (const auto& t : course::all_tasks()) names.push_back(t.get_name());
  std::sort(names.begin(), names.end());
  return course::py::list(names);
}

// The Python: names.py beside this file.
namespace names {

awaitable<void> worker() {
  auto me = *course::current_task();
  print(me.get_name() + " starts");
  co_await course::sleep(1);
  print(me.get_name() + " ends");
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  print("main runs as", course::current_task()->get_name());
  auto first = co_spawn(ex, worker(), use_task.of("worker"));
  auto second = co_spawn(ex, worker(), course::use_task_t{"downloader"});
  first.set_name("parser");
  co_await course::sleep(0.5);
  print("tasks:", task_names());
  co_await course::gather(first, second);
  print("tasks:", task_names());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "names",
    .note = course::beyond_the_notes,
    .section = "Task.get_name(), current_task(), all_tasks()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("parser starts", 0), printed_at("tasks:", 0.5),
               printed_at("downloader ends", 1), course::ends_at(1)}};

}  // namespace names

// The Python: stubborn.py beside this file.
namespace stubborn_task {

awaitable<std::string> stubborn() {
  auto me = *course::current_task();
  try {
    co_await course::sleep(10);
  } catch (const boost::system::system_error&) {  // CancelledError
    print("cancel requests:", me.cancelling());
    while (me.cancelling() > 0) me.uncancel();
    print("declined; going on");
  }
  co_await course::sleep(1);
  co_return "finished anyway";
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto task = co_spawn(ex, stubborn(), use_task.of("stubborn"));
  co_await course::sleep(1);
  task.cancel();
  task.cancel();
  std::string result = co_await task.async_wait(use_awaitable);
  print("result:", result);
  print("cancelled:", task.cancelled());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "stubborn",
    .note = course::beyond_the_notes,
    .section = "Task.cancelling(), Task.uncancel()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("cancel requests: 2", 1), printed_at("result:", 2), course::ends_at(2)}};

}  // namespace stubborn_task

// The Python: done_callbacks.py beside this file.
namespace done_callbacks {

awaitable<int> work() {
  co_await course::sleep(1);
  co_return 42;
}

void report(const course::task<int>& task) {
  print(task.get_name() + " done: " + course::py::str(task.result()));
}

void never(const course::task<int>&) { print("never printed: removed"); }

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto task = co_spawn(ex, work(), course::use_task_t{"worker"});
  auto report_id = task.add_done_callback(report);
  auto never_id = task.add_done_callback(never);
  print("removed:", task.remove_done_callback(never_id));
  int result = co_await task.async_wait(use_awaitable);
  print("awaited:", result);
  print("removed after the end:", task.remove_done_callback(report_id));
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "done_callbacks",
    .note = course::beyond_the_notes,
    .section = "Task.add_done_callback(), remove_done_callback()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("removed: 1", 0), printed_at("worker done: 42", 1), course::ends_at(1)}};

}  // namespace done_callbacks

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "task_api",
       .teaches = N_("course::task's name, cancelling(), uncancel(), done callbacks and any_task"),
       .programs = {names::descriptor, stubborn_task::descriptor, done_callbacks::descriptor}});
}
