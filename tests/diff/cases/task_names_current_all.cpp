// Task names: the defaults Task-N, set_name(), current_task() in a task and in a callback,
// all_tasks().
#include "../diff_case.hpp"

#include <algorithm>
namespace task_names_current_all {

std::vector<std::string> sorted_names() {
  std::vector<std::string> names;
  for (const auto& t : course::all_tasks()) names.push_back(t.get_name());
  std::sort(names.begin(), names.end());
  return names;
}

awaitable<void> worker() {
  print("worker runs as", course::current_task()->get_name());
  co_await course::sleep(1);
}

DIFF_CASE(task_names_current_all) {
  auto ex = co_await asio::this_coro::executor;
  print("main is", course::current_task()->get_name());
  auto t1 = co_spawn(ex, worker(), use_task);
  auto t2 = co_spawn(ex, worker(), course::use_task_t{"downloader"});
  print("names:", t1.get_name(), t2.get_name());
  t1.set_name("renamed");
  course::call_soon(ex,
                    [] { print("in a callback:", course::current_task() ? "a task" : "None"); });
  co_await course::sleep(0.5);
  print("all tasks:", course::py::list(sorted_names()));
  co_await course::gather(t1, t2);
  print("all tasks at the end:", course::py::list(sorted_names()));
}
}  // namespace task_names_current_all
