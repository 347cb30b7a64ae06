// Sixty tasks come and go after one has failed unseen: all_tasks() holds only those not done, and
// the failure is still reported.
#include "../diff_case.hpp"
namespace tasks_come_and_go {

awaitable<void> fail() {
  throw std::invalid_argument("nobody awaits me");
  co_return;
}

awaitable<void> nothing() { co_return; }

DIFF_CASE(tasks_come_and_go) {
  auto ex = co_await asio::this_coro::executor;
  co_spawn(ex, fail(), use_task);
  co_await course::sleep(0);
  for (int i = 0; i < 3; ++i) {
    std::vector<course::task<void>> tasks;
    for (int j = 0; j < 20; ++j) tasks.push_back(co_spawn(ex, nothing(), use_task));
    for (const auto& t : tasks) co_await t.async_wait(use_awaitable);
  }
  auto sleeper = co_spawn(ex, course::sleep(1), use_task);
  print("not done:", course::all_tasks().size());
  co_await sleeper.async_wait(use_awaitable);
  print("main ends");
}
}  // namespace tasks_come_and_go
