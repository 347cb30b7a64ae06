// A task may catch CancelledError, sleep again normally and return a value to its awaiter.
#include "../diff_case.hpp"
namespace cancel_caught_and_continue {

awaitable<std::string> worker() {
  try {
    co_await course::sleep(5.0);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("worker: cancelled, cleaning up for 1 s");
  }
  co_await course::sleep(1.0);
  print("worker: returning normally");
  co_return std::string("finished anyway");
}

DIFF_CASE_RETURNING(cancel_caught_and_continue, std::string) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, worker(), use_task);
  co_await course::sleep(1.0);
  print("cancel() ->", t.cancel());
  std::string r = co_await t.async_wait(use_awaitable);
  print("result:", r, "cancelled():", t.cancelled());
  co_return r;
}
}  // namespace cancel_caught_and_continue
