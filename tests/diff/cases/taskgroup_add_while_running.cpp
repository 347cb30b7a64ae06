// TaskGroup: tasks may be added while the group runs, by the body or by a task; the scope waits for
// all.
#include "../diff_case.hpp"

#include <course/task_group.hpp>
namespace taskgroup_add_while_running {

awaitable<void> job(course::task_group tg, std::string name, double delay, std::string spawn) {
  co_await course::sleep(delay);
  print(name, "done");
  if (!spawn.empty()) tg.create_task(job(tg, spawn, 1, ""));
}

awaitable<void> body(course::task_group tg) {
  tg.create_task(job(tg, "a", 1, "a's child"));
  print("body ends first");
  co_return;
}

DIFF_CASE(taskgroup_add_while_running) {
  course::task_group tg;
  auto scope = tg.async_with(body(tg));
  co_await std::move(scope);
  print("group done");
  try {
    tg.create_task(job(tg, "late", 1, ""));
  } catch (const std::logic_error& e) {
    print("RuntimeError:", std::string(e.what()).ends_with("is finished"));
  }
}
}  // namespace taskgroup_add_while_running
