// Lesson: future. An asyncio.Future holds a value that is not there yet: done() says whether it
// is, set_result() puts it there, and `await future` suspends until it is.
//
// Asio has no such class, and needs none: anything that can be co_awaited with use_awaitable is an
// *asynchronous operation*, a function that takes a completion token. course::future is one
// (common/include/course/future.hpp): async_wait(token) keeps the completion handler, and
// set_result() wakes it on the loop's next turn with the value. That is what an asyncio.Task is
// too (a coroutine plus a future): course::task's async_wait is built the same way, and co_spawn
// fills it in when the coroutine ends.
#include <course/names.hpp>

#include <optional>
#include <stdexcept>
#include <vector>

using course::future;

// 003 创建future
namespace create_future {

awaitable<void> async_main() {
  future<std::string> my_future;
  print("future done: " + course::py::str(my_future.done()));
  my_future.set_result("hello");
  print("future done: " + course::py::str(my_future.done()));
  print("future result: " + my_future.result());
  co_return;
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "create_future",
    .note = course::note_003,
    .section = "创建future",
    .run = program,
    .claims = {printed_at("future done: False", 0), printed_at("future result: hello", 0),
               course::ends_at(0)}};

}  // namespace create_future

// 003 等待future
namespace await_future {

awaitable<void> set_future_value(future<std::string> future) {
  co_await course::sleep(1);
  future.set_result("hello");
}

future<std::string> make_request() {
  future<std::string> future;
  co_spawn(course::loop::running().get_executor(), set_future_value(future), use_task);
  return future;
}

awaitable<void> async_main() {
  auto future = make_request();
  print("future done: " + course::py::str(future.done()));
  std::string result = co_await future.async_wait(use_awaitable);
  print("future done: " + course::py::str(future.done()));
  print("future result: " + result);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "await_future",
    .note = course::note_003,
    .section = "等待future",
    .run = program,
    .claims = {printed_at("future done: False", 0), printed_at("future done: True", 1),
               printed_at("future result: hello", 1), course::ends_at(1)}};

}  // namespace await_future

// The course's own program under 003 future、任务和协程之间的关系, which has none: the three
// things a coroutine can await, in asyncio and in asio. CPython prints 2 at 0 s, hello and 3 at 1
// s. The Python: awaitables.py beside this file.
namespace awaitables {

awaitable<int> add_one(int number) { co_return number + 1; }

awaitable<void> async_main() {
  // A coroutine: an asio::awaitable<T>, run inside this task when awaited.
  int two = co_await add_one(1);
  print(two);

  // A future: any asynchronous operation, here the future's async_wait, given use_awaitable as
  // its completion token.
  auto ex = co_await asio::this_coro::executor;
  auto future = course::create_future<std::string>();
  course::call_later(ex, 1, [future]() mutable { future.set_result("hello"); });
  std::string hello = co_await future.async_wait(use_awaitable);
  print(hello);

  // A task: a coroutine made into its own task by co_spawn, awaited through its future.
  auto task = co_spawn(ex, add_one(2), use_task.of("add_one"));
  int three = co_await task.async_wait(use_awaitable);
  print(three);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "awaitables",
    .note = course::note_003,
    .section = "future、任务和协程之间的关系",
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("2", 0), printed_at("hello", 1), printed_at("3", 1), course::ends_at(1)}};

}  // namespace awaitables

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "future",
       .teaches = N_("an asynchronous operation of your own: async_initiate and a kept handler"),
       .programs = {create_future::descriptor, await_future::descriptor, awaitables::descriptor}});
}
