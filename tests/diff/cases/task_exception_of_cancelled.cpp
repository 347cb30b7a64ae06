// exception() on a cancel-requested task is still InvalidStateError; once it is cancelled it raises
// CancelledError.
#include "../diff_case.hpp"
namespace task_exception_of_cancelled {

DIFF_CASE(task_exception_of_cancelled) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, course::sleep(5.0), use_task);
  co_await course::sleep(1.0);
  print("cancel() ->", t.cancel());
  try {
    (void)t.exception();
  } catch (const course::invalid_state_error& e) {
    print("right after cancel():", "InvalidStateError", e.what());
  }
  co_await course::sleep(0.0);
  print("cancelled():", t.cancelled(), "done():", t.done());
  try {
    (void)t.exception();
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("exception() raised CancelledError");
  }
  try {
    t.result();
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("result() raised CancelledError");
  }
}
}  // namespace task_exception_of_cancelled
