// An exception in the TaskGroup body cancels the tasks; it leaves in the ExceptionGroup with
// theirs.
#include "../diff_case.hpp"

#include <course/task_group.hpp>
namespace taskgroup_body_raises {

awaitable<void> job(std::string name, double delay, bool fail) {
  co_await course::sleep(delay);
  if (fail) throw std::out_of_range(name);
}

awaitable<void> body(course::task_group tg) {
  tg.create_task(job("x", 2, false));
  co_await course::sleep(1);
  throw std::invalid_argument("body");
}

DIFF_CASE(taskgroup_body_raises) {
  try {
    course::task_group tg;
    auto scope = tg.async_with(body(tg));
    co_await std::move(scope);
  } catch (const course::exception_group& eg) {
    std::vector<std::string> messages;
    for (const auto& e : eg.exceptions()) messages.push_back(course::py::exception_message(e));
    print("ValueError in the group:", course::py::list(messages));
  }
  print("done");
}
}  // namespace taskgroup_body_raises
