// Tasks take their first step in creation order, interleaved with call_soon callbacks in queue
// order.
#include "../diff_case.hpp"
namespace schedule_tasks_start_in_creation_order {

awaitable<void> job(std::string name) {
  print(name, "first step");
  co_await course::sleep(0.0);
  print(name, "second step");
}

DIFF_CASE(schedule_tasks_start_in_creation_order) {
  auto ex = co_await asio::this_coro::executor;
  auto a = co_spawn(ex, job("a"), use_task);
  asio::post(ex, [] { print("callback between a and b"); });
  auto b = co_spawn(ex, job("b"), use_task);
  print("main yields");
  auto w = course::gather(a, b);
  co_await std::move(w);
}
}  // namespace schedule_tasks_start_in_creation_order
