// Lesson: wait. asyncio.wait(tasks, timeout=...) waits until every task is done or the timeout
// passes, whichever is first, and returns the tasks split into two sets, done and pending. Unlike
// wait_for it cancels nothing: the pending tasks run on.
//
// course::wait is that, written as asyncio's is (common/include/course/wait.hpp): a done callback
// on each task and a timer callback resolve one future. In Asio's own terms it is a parallel group
// of *shielded* waits on the tasks (wait_for_all), raced against a timer: ending the race abandons
// the waits, and the tasks, whose waits were shielded, keep running.
#include <course/names.hpp>

#include <optional>
#include <utility>
#include <vector>

template <typename T>
using task_list = std::vector<course::task<T>>;
using course::wait;

// 000 `asyncio.wait()`. On Python 3.11 asyncio.wait takes tasks, no longer bare coroutines, so
// C and D are made tasks first, as the note's program must be written today.
namespace wait_timeout {

awaitable<void> task(std::string name, double delay) {
  print("Task " + name + " started");
  co_await course::sleep(delay);
  print("Task " + name + " finished");
}

awaitable<void> async_main() {
  co_await course::gather(task("A", 1), task("B", 2));

  auto ex = co_await asio::this_coro::executor;
  task_list<void> tasks{co_spawn(ex, task("C", 1), use_task.of("task")),
                        co_spawn(ex, task("D", 2), use_task.of("task"))};
  auto [done, pending] = co_await wait(tasks, course::all_completed, 1.5);
  print("Done: " + course::py::str(done.size()) + ", Pending: " + course::py::str(pending.size()));
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "wait_timeout",
    .note = course::note_000,
    .section = "`asyncio.wait()`",
    .run = program,
    .claims = {printed_at("Task A started", 0), printed_at("Task B started", 0),
               printed_at("Task A finished", 1), printed_at("Task B finished", 2),
               printed_at("Task C started", 2), printed_at("Task D started", 2),
               printed_at("Task C finished", 3), printed_at("Done: 1, Pending: 1", 3.5),
               course::ends_at(3.5)},
    .erratum = N_("on Python 3.11 asyncio.wait() no longer takes coroutines, and the note's "
                  "program raises TypeError; its tasks C and D are made with create_task, "
                  "as the program must be written today.")};

}  // namespace wait_timeout

// 001 在协程中的并发
namespace wait_all {

awaitable<std::string> do_some_work(int x) {
  print("等待", x);
  co_await course::sleep(x);
  co_return "Done after " + course::py::str(x) + "s";
}

void program() {
  auto coro1 = do_some_work(1);
  auto coro2 = do_some_work(2);
  auto coro3 = do_some_work(3);

  // Python's ensure_future finds the loop by itself; a C++ task needs its loop's executor first.
  course::loop loop;
  auto ex = loop.get_executor();
  task_list<std::string> tasks{co_spawn(ex, std::move(coro1), use_task),
                               co_spawn(ex, std::move(coro2), use_task),
                               co_spawn(ex, std::move(coro3), use_task)};

  course::run_until_complete(loop, wait(tasks));

  for (auto& task : tasks) print("任务返回的结果是", task.result());
}

const course::program descriptor = {
    .variant = "wait_all",
    .note = course::note_001,
    .section = "在协程中的并发",
    .run = program,
    .claims = {printed_at("等待 1", 0), printed_at("等待 3", 0),
               printed_at("任务返回的结果是 Done after 1s", 3),
               printed_at("任务返回的结果是 Done after 3s", 3), course::ends_at(3)}};

}  // namespace wait_all

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "wait",
       .teaches = N_("course::wait(tasks, course::all_completed, 1.5): done and pending"),
       .programs = {wait_timeout::descriptor, wait_all::descriptor}});
}
