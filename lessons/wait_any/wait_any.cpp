// Lesson: waiting for the first. asyncio.wait(return_when=FIRST_COMPLETED) comes back as soon as
// one task is done, FIRST_EXCEPTION at the first failure, and both leave the other tasks running:
// what happens to them is the caller's choice. asyncio.as_completed gives each result as soon as
// its task ends, in the order they end, with a timeout for the stragglers.
//
// course::wait(tasks, course::first_completed) splits the tasks into done and pending
// (vectors, where asyncio gives sets). course::as_completed(tasks, timeout)
// (common/include/course/as_completed.hpp) is asyncio's: a done callback on each task feeding a
// queue; each next() is one `await` of the loop. asio's `a || b` is a first-completed wait too,
// but it cancels the loser and waits for it before it returns.
#include <course/as_completed.hpp>
#include <course/names.hpp>

#include <stdexcept>
#include <string>
#include <vector>

awaitable<std::string> mirror(std::string name, double seconds) {
  co_await course::sleep(seconds);
  co_return name;
}

// The Python: first_completed.py beside this file.
namespace first_completed {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<std::string>> tasks{
      co_spawn(ex, mirror("tokyo", 2), use_task.of("mirror")),
      co_spawn(ex, mirror("paris", 1), use_task.of("mirror")),
      co_spawn(ex, mirror("lima", 3), use_task.of("mirror"))};
  auto [done, pending] = co_await course::wait(tasks, course::first_completed);
  std::vector<std::string> first;
  for (auto& t : done) first.push_back(t.result());
  print("first:", course::py::list(first), "still pending:", pending.size());
  for (auto& t : pending) t.cancel();
  co_await course::wait(pending);
  bool all_cancelled = true;
  for (auto& t : pending) all_cancelled = all_cancelled && t.cancelled();
  print("the rest cancelled:", all_cancelled);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "first_completed",
    .note = course::beyond_the_notes,
    .section = "asyncio.wait(return_when=FIRST_COMPLETED)",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("first: ['paris']", 1), printed_at("the rest cancelled", 1),
               course::ends_at(1)}};

}  // namespace first_completed

// The Python: first_exception.py beside this file.
namespace first_exception {

awaitable<std::string> check(std::string name, double seconds, bool ok) {
  co_await course::sleep(seconds);
  if (!ok) throw std::runtime_error(name + " failed");
  co_return name;
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<std::string>> tasks{
      co_spawn(ex, check("disk", 1, true), use_task.of("check")),
      co_spawn(ex, check("network", 2, false), use_task.of("check")),
      co_spawn(ex, check("memory", 3, true), use_task.of("check"))};
  auto [done, pending] = co_await course::wait(tasks, course::first_exception);
  print("done:", done.size(), "pending:", pending.size());
  for (auto& t : tasks) {
    if (t.done() && t.exception()) print("error:", course::py::exception_message(t.exception()));
  }
  co_await course::wait(pending);
  print("memory:", tasks[2].result());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "first_exception",
    .note = course::beyond_the_notes,
    .section = "asyncio.wait(return_when=FIRST_EXCEPTION)",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("error: network failed", 2), printed_at("memory: memory", 3),
               course::ends_at(3)}};

}  // namespace first_exception

// The Python: as_completed.py beside this file.
namespace as_completed {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<std::string>> tasks{
      co_spawn(ex, mirror("tokyo", 2), use_task.of("mirror")),
      co_spawn(ex, mirror("paris", 1), use_task.of("mirror")),
      co_spawn(ex, mirror("lima", 4), use_task.of("mirror"))};
  auto each = course::as_completed(tasks, 3);
  for (std::size_t i = 0; i < each.size(); ++i) {
    try {
      std::string result = co_await each.next();
      print("got", result);
    } catch (const course::timeout_error&) {
      print("gave up waiting");
    }
  }
  tasks[2].cancel();
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "as_completed",
    .note = course::beyond_the_notes,
    .section = "asyncio.as_completed()",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("got paris", 1), printed_at("got tokyo", 2),
               printed_at("gave up waiting", 3), course::ends_at(3)}};

}  // namespace as_completed

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "wait_any",
       .teaches = N_("course::wait(tasks, course::first_completed) and course::as_completed"),
       .programs = {first_completed::descriptor, first_exception::descriptor,
                    as_completed::descriptor}});
}
