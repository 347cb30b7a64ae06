// wait_for(task, 0) cancels the task before it ever ran: TimeoutError at once, the body never runs.
#include "../diff_case.hpp"
namespace wait_for_zero {

awaitable<int> body() {
  print("body ran");
  co_return 1;
}

DIFF_CASE(wait_for_zero) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, body(), use_task);
  try {
    auto w = course::wait_for(t, 0.0);
    co_await std::move(w);
  } catch (const course::timeout_error&) {
    print("TimeoutError; cancelled:", t.cancelled());
  }
  co_await course::sleep(1.0);
  print("still nothing from the body");
}
}  // namespace wait_for_zero
