// The task fails before the timeout: wait_for raises its error at once; the timeout never fires.
#include "../diff_case.hpp"
namespace wait_for_task_fails_first {

awaitable<void> fails() {
  co_await course::sleep(1.0);
  throw std::invalid_argument("failed at 1 s");
}

DIFF_CASE(wait_for_task_fails_first) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, fails(), use_task);
  try {
    auto w = course::wait_for(t, 4);
    co_await std::move(w);
  } catch (const std::invalid_argument& e) {
    print("wait_for raised:", e.what());
  }
  co_await course::sleep(4.0);
  print("the 4 s timeout never fired");
}
}  // namespace wait_for_task_fails_first
