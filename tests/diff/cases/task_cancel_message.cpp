// Task.cancel(msg): the message rides on the CancelledError, inside the task and to the first
// that asks the task for its result; a second result() raises a plain CancelledError (3.11 hands
// the task's kept exception over once). A cancel before the task ran carries its message too.
#include "../diff_case.hpp"
namespace task_cancel_message {

using course::py::exception_args;

awaitable<void> worker() {
  try {
    co_await course::sleep(5);
  } catch (const boost::system::system_error&) {
    // asio's operation_aborted has no message: the task keeps it.
    const auto& msg = course::current_task()->cancel_message();
    print("worker sees:", msg ? course::py::tuple(*msg) : "()");
    throw;
  }
}

DIFF_CASE(task_cancel_message) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, worker(), use_task);
  co_await course::sleep(1);
  t.cancel("shutting down");
  try {
    co_await t.async_wait(use_awaitable);
  } catch (const boost::system::system_error&) {
    print("main sees:", exception_args(std::current_exception()));
  }
  try {
    t.result();
  } catch (const boost::system::system_error&) {
    print("result() again:", exception_args(std::current_exception()));
  }

  auto t2 = co_spawn(ex, worker(), use_task);
  t2.cancel("before it ran");
  try {
    co_await t2.async_wait(use_awaitable);
  } catch (const boost::system::system_error&) {
    print("t2:", exception_args(std::current_exception()));
  }

  auto t3 = co_spawn(ex, worker(), use_task);
  co_await course::sleep(0);
  t3.cancel();
  auto gathered = course::gather(course::return_exceptions, t3);
  auto res = co_await std::move(gathered);
  print("gather(return_exceptions=True):", course::py::exception_name(res[0].error),
        exception_args(res[0].error));
}
}  // namespace task_cancel_message
