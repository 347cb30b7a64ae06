// Lesson: gather. asyncio.gather(a, b) runs its arguments concurrently and gives their results in
// argument order; it is done when the last one is.
//
// Asio has two constructs for it, and this lesson uses both:
//  - `co_await (a && b)` (awaitable operators) runs coroutines concurrently and returns a tuple.
//    It matches gather while nothing fails. When one fails it cancels the others and throws (see
//    README.md and the one_fails program): that is asyncio's TaskGroup, not gather.
//  - course::gather (common/include/course/gather.hpp) is gather exactly, built as asyncio's is
//    from a done callback on each task: the first exception reaches the awaiter at once and the
//    other tasks run on.
#include <course/names.hpp>

const std::string section_004 = "多个task带返回值";

// 000 `await` & `async def` & `asyncio.run()`, first program: test1 and test2
namespace test1_test2 {

awaitable<void> say(std::string content1, std::string content2, double delay) {
  print(content1);
  co_await course::sleep(delay);
  print(content2);
}

awaitable<void> test1() {
  auto start = course::clock::now();
  co_await say("hello", "world", 1);
  co_await say("goodbye", "world", 1);
  print("It took", course::seconds_since(start), "seconds.");
}

awaitable<void> test2() {
  auto start = course::clock::now();
  auto both = say("hello", "world", 1) && say("goodbye", "world", 1);
  co_await std::move(both);
  print("It took", course::seconds_since(start), "seconds.");
}

void program() {
  course::run(test1());
  course::run(test2());
}

const course::program descriptor = {
    .variant = "test1_test2",
    .note = course::note_000,
    .section = "`await` & `async def` & `asyncio.run()`",
    .run = program,
    .claims = {printed_at("world", 1).nth(1), printed_at("goodbye", 1),
               printed_at("It took", 2).nth(1), printed_at("hello", 2).nth(2),
               printed_at("goodbye", 2).nth(2), printed_at("world", 3).nth(4),
               printed_at("It took", 3).nth(2), ends_at(3)}};

}  // namespace test1_test2

// 002 async 函数示例, first program
namespace count_three {

awaitable<void> count() {
  print("One");
  co_await course::sleep(1);
  print("Two");
}

awaitable<void> async_main() {
  auto all = count() && count() && count();
  co_await std::move(all);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "count",
    .note = course::note_002,
    .section = "async 函数示例",
    .run = program,
    .claims = {printed_at("One", 0).nth(3), printed_at("Two", 1).nth(1),
               printed_at("Two", 1).nth(3), ends_at(1)}};

}  // namespace count_three

// 004 多个task带返回值: say_after, shared by its three programs
awaitable<std::string> say_after(int delay, std::string what) {
  co_await course::sleep(delay);
  co_return what + " - " + course::py::str(delay);
}

// 004 多个task带返回值, first program
namespace await_each {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto task1 = co_spawn(ex, say_after(1, "hello"), use_task.of("say_after"));
  auto task2 = co_spawn(ex, say_after(2, "world"), use_task.of("say_after"));
  print("started at " + course::time_of_day());

  std::string ret1 = co_await task1.async_wait(use_awaitable);
  std::string ret2 = co_await task2.async_wait(use_awaitable);

  print(ret1);
  print(ret2);

  print("finished at " + course::time_of_day());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "await_each",
    .note = course::note_004,
    .section = section_004,
    .ordinal = 1,
    .run = program,
    .claims = {printed_at("started at", 0), printed_at("hello - 1", 2), printed_at("world - 2", 2),
               printed_at("finished at", 2), ends_at(2)},
    .erratum = N_("the note's output stops at `world - 2`; the program also prints its "
                  "`finished at` line.")};

}  // namespace await_each

// 004 多个task带返回值, second program: gather on tasks
namespace gather_tasks {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto task1 = co_spawn(ex, say_after(1, "hello"), use_task.of("say_after"));
  auto task2 = co_spawn(ex, say_after(2, "world"), use_task.of("say_after"));
  print("started at " + course::time_of_day());

  std::vector<std::string> ret1 = co_await course::gather(task1, task2);

  print(course::py::list(ret1));

  print("finished at " + course::time_of_day());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "gather_tasks",
    .note = course::note_004,
    .section = section_004,
    .ordinal = 2,
    .run = program,
    .claims = {printed_at("started at", 0), printed_at("['hello - 1', 'world - 2']", 2),
               printed_at("finished at", 2), ends_at(2)}};

}  // namespace gather_tasks

// 004 多个task带返回值, third program: gather on coroutines, which become tasks
namespace gather_coroutines {

awaitable<void> async_main() {
  print("started at " + course::time_of_day());

  std::vector<std::string> ret1 =
      co_await course::gather(say_after(1, "hello"), say_after(2, "world"));

  print(course::py::list(ret1));

  print("finished at " + course::time_of_day());
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "gather_coroutines",
    .note = course::note_004,
    .section = section_004,
    .ordinal = 3,
    .run = program,
    .claims = {printed_at("started at", 0), printed_at("['hello - 1', 'world - 2']", 2),
               printed_at("finished at", 2), ends_at(2), course::tasks_created(3)}};

}  // namespace gather_coroutines

// The course's own program under 004 多个task带返回值: what gather does when one of its
// arguments fails, and what asio's && does instead. CPython 3.11 prints each line at 1, 2, 3, 3 s.
// The Python: one_fails.py beside this file.
namespace one_fails {

awaitable<std::string> say_after(int delay, std::string what) {
  try {
    co_await course::sleep(delay);
  } catch (const boost::system::system_error& e) {
    if (e.code() == asio::error::operation_aborted) print(what, "cancelled");
    throw;
  }
  co_return what + " - " + course::py::str(delay);
}

awaitable<std::string> fail_after(int delay) {
  co_await course::sleep(delay);
  throw std::invalid_argument("failed after " + course::py::str(delay));
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto task = co_spawn(ex, say_after(2, "world"), use_task.of("say_after"));
  try {
    co_await course::gather(fail_after(1), task);
  } catch (const std::invalid_argument& e) {
    print("gather:", e.what());
  }
  std::string result = co_await task.async_wait(use_awaitable);
  print(result);

  // `&&` is the TaskGroup: the failure cancels the sibling, which ends with operation_aborted, so
  // `&&` throws multiple_exceptions. Its first_exception() is the left operand's error: put the
  // failing one on the left, or it is the sibling's cancellation.
  try {
    auto both = fail_after(1) && say_after(2, "world");
    co_await std::move(both);
  } catch (const asio::multiple_exceptions& e) {
    try {
      std::rethrow_exception(e.first_exception());
    } catch (const std::invalid_argument& first) {
      print("TaskGroup:", first.what());
    }
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "one_fails",
    .note = course::note_004,
    .section = section_004,
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("gather: failed after 1", 1), printed_at("world - 2", 2),
               printed_at("world cancelled", 3), printed_at("TaskGroup: failed after 1", 3),
               ends_at(3), course::task_done_at("Task-2", 2)}};

}  // namespace one_fails

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "gather",
       .teaches = N_("co_await (a && b), and course::gather: a done callback on each task"),
       .programs = {test1_test2::descriptor, count_three::descriptor, await_each::descriptor,
                    gather_tasks::descriptor, gather_coroutines::descriptor,
                    one_fails::descriptor}});
}
