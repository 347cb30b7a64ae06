// A cancelled task's finally block runs and may await: the task ends only when the cleanup is over.
#include "../diff_case.hpp"
namespace cancel_finally_runs {

awaitable<void> worker() {
  std::exception_ptr error;
  try {
    co_await course::sleep(5.0);
  } catch (...) {
    error = std::current_exception();
  }
  print("cleanup starts");  // finally:
  co_await course::sleep(1.0);
  print("cleanup ends");
  if (error) std::rethrow_exception(error);
}

DIFF_CASE(cancel_finally_runs) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, worker(), use_task);
  co_await course::sleep(1.0);
  t.cancel();
  try {
    co_await t.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("cancelled after cleanup:", t.cancelled());
  }
}
}  // namespace cancel_finally_runs
