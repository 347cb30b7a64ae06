// wait_for() times out: TimeoutError at the timeout, and the task has been cancelled.
#include "../diff_case.hpp"
namespace wait_for_timeout {

awaitable<void> long_job() {
  try {
    print("job: sleeping 10 s");
    co_await course::sleep(10.0);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("job: cancelled");
    throw;
  }
}

DIFF_CASE(wait_for_timeout) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, long_job(), use_task);
  try {
    auto w = course::wait_for(t, 4);
    co_await std::move(w);
  } catch (const course::timeout_error&) {
    print("TimeoutError; task cancelled:", t.cancelled());
  }
}
}  // namespace wait_for_timeout
