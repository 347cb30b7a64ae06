// Part ways: create_task only schedules the task; it runs when the creator yields. asio's
// co_spawn, called from the loop's thread, runs the coroutine up to its first suspension before
// it returns (asio_co_spawn_starts_at_once.asio.txt). course::use_task posts the start
// (task_create_order).
#include "../diff_case.hpp"

namespace asio_co_spawn_starts_at_once {

awaitable<void> child() {
  print("child runs");
  co_return;
}

DIFF_CASE(asio_co_spawn_starts_at_once) {
  auto ex = co_await asio::this_coro::executor;
  course::event ended(ex);
  co_spawn(ex, child(), [&](std::exception_ptr) { ended.set(); });
  print("main goes on");
  co_await ended.async_wait(use_awaitable);
}
}  // namespace asio_co_spawn_starts_at_once
