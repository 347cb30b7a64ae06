// Lesson: callbacks. The note's two programs drive the loop by hand: ensure_future turns a
// coroutine into a task, loop.run_until_complete(task) runs the loop until it is done, and
// task.add_done_callback(fn) has the loop call fn(task) once the task is done.
//
// co_spawn(ex, coro, use_task) is ensure_future; course::run_until_complete(loop, task) runs the
// loop's io_context until the task is done. A done callback is a plain function; it is posted to
// the loop when the task finishes, so it runs on the loop's next turn, as asyncio's does, and it
// reads the result with task.result(), which never waits.
#include <course/names.hpp>

const std::string section = "asyncio协程的调用逻辑";

// 001 asyncio协程的调用逻辑, first program
namespace ensure_future {

awaitable<void> hello(std::string name) {
  print("hello", name);
  co_return;
}

void program() {
  auto coro = hello("world");
  course::loop loop;  // asyncio.get_event_loop()
  auto task = co_spawn(loop.get_executor(), std::move(coro), use_task);
  course::run_until_complete(loop, task);
}

const course::program descriptor = {.variant = "ensure_future",
                                    .note = course::note_001,
                                    .section = section,
                                    .ordinal = 1,
                                    .run = program,
                                    .claims = {printed_at("hello world", 0), course::ends_at(0)}};

}  // namespace ensure_future

// 001 asyncio协程的调用逻辑, second program (回调方法)
namespace done_callback {

awaitable<int> hello(int x) {
  co_await course::sleep(x);
  co_return x;
}

void callback(const course::task<int>& future) {
  int sum = 10 + future.result();
  print("回调返回值是", sum);
}

void program() {
  auto coro = hello(3);
  course::loop loop;
  auto task = co_spawn(loop.get_executor(), std::move(coro), use_task);
  task.add_done_callback(callback);
  course::run_until_complete(loop, task);
  // print('返回结果'.format(task.result())): the format string has no {}, so the result is read
  // and dropped, and only 返回结果 is printed.
  (void)task.result();
  print("返回结果");
}

const course::program descriptor = {
    .variant = "done_callback",
    .note = course::note_001,
    .section = section,
    .ordinal = 2,
    .run = program,
    .claims = {printed_at("回调返回值是 13", 3), printed_at("返回结果", 3), course::ends_at(3)},
    .erratum = N_("print('返回结果'.format(task.result())) has no {} in its format string: it "
                  "prints 返回结果 without the result.")};

}  // namespace done_callback

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "callbacks",
       .teaches =
           N_("co_spawn(ex, coro, use_task), run_until_complete, task.add_done_callback(fn)"),
       .programs = {ensure_future::descriptor, done_callback::descriptor}});
}
