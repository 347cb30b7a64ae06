// create_task() schedules a coroutine: it starts only when main yields, and the tasks run
// concurrently.
#include "../diff_case.hpp"
namespace task_create_order {

struct pylist {
  std::vector<std::string> items;
  friend std::string str(const pylist& l) { return course::py::list(l.items); }
};

awaitable<std::string> work(std::string name, double delay) {
  print(name + ": Start");
  co_await course::sleep(delay);
  print(name + ": End");
  co_return name;
}

DIFF_CASE_RETURNING(task_create_order, pylist) {
  auto ex = co_await asio::this_coro::executor;
  auto t1 = co_spawn(ex, work("Task 1", 1), use_task);
  auto t2 = co_spawn(ex, work("Task 2", 2), use_task);
  print("两个任务已创建");
  std::string r1 = co_await t1.async_wait(use_awaitable);
  std::string r2 = co_await t2.async_wait(use_awaitable);
  print("results:", r1, r2);
  co_return pylist{{r1, r2}};
}
}  // namespace task_create_order
