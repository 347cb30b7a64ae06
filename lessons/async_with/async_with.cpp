// Lesson: async with, the asynchronous context manager. `async with Connection():` awaits
// __aenter__ before the block and __aexit__ after it, however the block is left: at its end, by an
// exception, or by the task's cancellation.
//
// C++ has no asynchronous destructor: a destructor cannot co_await. So the exit that awaits is
// written out, in the one order that makes it run on every way out:
//   1. the block in a try, its exception saved (co_await is not allowed inside a catch block);
//   2. this_coro::reset_cancellation_state(): once a coroutine of asio's co_spawn is cancelled,
//      every further co_await throws at once, and the exit's own awaits with it. asyncio, and a
//      course task, deliver a cancellation once, so __aexit__ may await; resetting the state
//      does the same in any coroutine;
//   3. the exit, awaited; then the saved exception rethrown.
// What goes wrong without step 2 is the second program: `co_await connection.aexit()` itself
// throws at once, so no line of the exit runs and the connection is never closed. A RAII guard
// whose destructor posts the exit instead would close it later, after the code that follows the
// block has run.
//
// The note leaves this heading empty; the course's Python programs are connection.py and
// forgotten_reset.py beside this file (forgotten_reset.asio.txt: what the C++ prints instead).
#include <course/names.hpp>

#include <stdexcept>

const std::string heading = "异步上下文管理器 `async with`";

// The Python: connection.py beside this file.
namespace connection {

struct Connection {
  awaitable<void> aenter() {
    print("连接中");
    co_await course::sleep(1);
    print("已连接");
  }
  awaitable<void> aexit() {
    print("断开中");
    co_await course::sleep(1);
    print("已断开");
  }
};

awaitable<void> query(bool fail) {
  Connection connection;
  co_await connection.aenter();
  std::exception_ptr error;
  try {
    print("查询中");
    co_await course::sleep(1);
    if (fail) throw std::invalid_argument("查询失败");
    print("查询完成");
  } catch (...) {
    error = std::current_exception();
  }
  co_await asio::this_coro::reset_cancellation_state();
  co_await connection.aexit();
  if (error) std::rethrow_exception(error);
}

awaitable<void> async_main() {
  co_await query(false);
  try {
    co_await query(true);
  } catch (const std::invalid_argument& e) {
    print(std::string("出错了: ") + e.what());
  }
  auto ex = co_await asio::this_coro::executor;
  auto task = co_spawn(ex, query(false), use_task.of("query"));
  co_await course::sleep(1.5);
  task.cancel();
  try {
    co_await task.async_wait(use_awaitable);
  } catch (const boost::system::system_error& e) {
    if (e.code() != asio::error::operation_aborted) throw;
    print("查询被取消了");
  }
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "connection",
    .note = course::note_000,
    .section = heading,
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("连接中", 0), printed_at("查询完成", 2), printed_at("已断开", 3),
               printed_at("断开中", 5).nth(2), printed_at("出错了: 查询失败", 6),
               printed_at("断开中", 7.5).nth(3), printed_at("已断开", 8.5).nth(3),
               printed_at("查询被取消了", 8.5), course::task_cancelled_at("Task-2", 8.5),
               course::ends_at(8.5)}};

}  // namespace connection

// The same query without step 2: cancelled in the block, it never runs its exit, and neither
// 断开中 nor 已断开 is printed. In Python (forgotten_reset.py) the exit runs whole.
namespace forgotten_reset {

using connection::Connection;

awaitable<void> query() {
  Connection connection;
  co_await connection.aenter();
  std::exception_ptr error;
  try {
    print("查询中");
    co_await course::sleep(1);
    print("查询完成");
  } catch (...) {
    error = std::current_exception();
  }
  co_await connection.aexit();  // no reset_cancellation_state() first
  if (error) std::rethrow_exception(error);
}

// Spawned with asio's own co_spawn, not as a course task: in such a coroutine a cancellation stays
// set, and every later co_await throws at once.
awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  asio::cancellation_signal cancel;
  course::event ended(ex);
  co_spawn(ex, query(), asio::bind_cancellation_slot(cancel.slot(), [&](std::exception_ptr e) {
             if (course::is_cancellation(e)) print("查询被取消了");
             ended.set();
           }));
  co_await course::sleep(1.5);
  cancel.emit(asio::cancellation_type::terminal);
  co_await ended.async_wait(use_awaitable);
}

void program() { course::run(async_main()); }

const course::program descriptor = {
    .variant = "forgotten_reset",
    .note = course::note_000,
    .section = heading,
    .ordinal = course::course_own,
    .run = program,
    .claims = {printed_at("查询被取消了", 1.5), course::ends_at(1.5)},
    .remark = N_("asio parts ways here: in a coroutine of asio's own co_spawn, co_await "
                 "on the exit throws at once once it is cancelled, so the connection is "
                 "never closed (no 断开中, no 已断开). CPython runs the exit whole and "
                 "prints 查询被取消了 at 2.5 s (forgotten_reset.py); the times above are "
                 "asio's. A course task delivers a cancellation once, as asyncio does.")};

}  // namespace forgotten_reset

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "async_with",
       .teaches = N_("the block in a try, reset_cancellation_state(), then the exit co_awaited"),
       .programs = {connection::descriptor, forgotten_reset::descriptor}});
}
