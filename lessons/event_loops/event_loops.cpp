// Lesson: event loops. asyncio.run makes a loop, runs main on it and closes it; the notes also do
// it by hand: new_event_loop(), run_until_complete(main()), close().
//
// A course::loop is an asio::io_context with the course's task registry. The hand-written
// run_until_complete below is what asyncio's is: start main as a task, give it a done callback
// that stops the loop, and run the loop until it is stopped. An io_context that has stopped, by
// stop() or by running out of work, must be restart()ed before it runs again: loop.run_until does
// that first. close() is the end of the loop's scope: destroying the io_context destroys the
// handlers still queued, and with them the frames of coroutines that never finished.
#include <course/names.hpp>

// loop.run_until_complete(main()), written out.
template <typename T>
T run_until_complete(course::loop& loop, awaitable<T> main) {
  auto task = co_spawn(loop.get_executor(), std::move(main), use_task);
  task.add_done_callback([&loop](const course::task<T>&) { loop.context().stop(); });
  // Ctrl-C stops it too, and KeyboardInterrupt leaves run_until_complete, the task left as it is.
  loop.on_interrupt([&loop] { loop.context().stop(); });
  // io_context::run() until stop(); run_until drives it under the course clock, so that
  // --virtual-time can move the clock when every task waits.
  loop.run_until([&loop] { return loop.context().stopped(); });
  if (loop.interrupted()) throw course::interrupted(false);
  return task.result();
}

// 000 `await` & `async def` & `asyncio.run()`, second program
namespace manual_loop {

awaitable<void> my_coroutine() {
  print("Coroutine started");
  co_await course::sleep(1);
  print("Coroutine ended");
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto task = co_spawn(ex, my_coroutine(), use_task.of("my_coroutine"));
  co_await task.async_wait(use_awaitable);
}

void program() {
  auto loop = std::make_unique<course::loop>();  // new_event_loop(); set_event_loop(loop)
  ::run_until_complete(*loop, async_main());     // this file's, not course::run_until_complete
  loop.reset();                                  // loop.close()
}

const course::program descriptor = {
    .variant = "manual_loop",
    .note = course::note_000,
    .section = "`await` & `async def` & `asyncio.run()`",
    .ordinal = 2,
    .run = program,
    .claims = {printed_at("Coroutine started", 0), printed_at("Coroutine ended", 1),
               course::ends_at(1), course::tasks_created(2)}};

}  // namespace manual_loop

// 003 手动创建事件循环
namespace try_finally_close {

awaitable<void> async_main() { co_await course::sleep(1); }

void program() {
  // try: ... finally: loop.close() is the scope: the loop is closed when it ends, by return or
  // by exception.
  course::loop loop;
  ::run_until_complete(loop, async_main());
}

const course::program descriptor = {.variant = "try_finally_close",
                                    .note = course::note_003,
                                    .section = "手动创建事件循环",
                                    .run = program,
                                    .claims = {course::ends_at(1)}};

}  // namespace try_finally_close

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "event_loops",
       .teaches =
           N_("an io_context by hand: run until a done callback calls stop(), restart, close"),
       .programs = {manual_loop::descriptor, try_finally_close::descriptor}});
}
