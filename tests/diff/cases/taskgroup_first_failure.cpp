// TaskGroup: the first failure cancels the other tasks and the body; the errors leave as one
// ExceptionGroup.
#include "../diff_case.hpp"

#include <course/task_group.hpp>
namespace taskgroup_first_failure {

awaitable<void> job(std::string name, double delay, bool fail) {
  try {
    co_await course::sleep(delay);
  } catch (const boost::system::system_error&) {
    print(name, "cancelled");
    throw;
  }
  if (fail) throw std::invalid_argument(name);
  print(name, "done");
}

awaitable<void> body(course::task_group tg) {
  tg.create_task(job("a", 0.5, false));
  tg.create_task(job("b", 1, true));
  tg.create_task(job("c", 2, false));
  co_await course::sleep(3);
  print("never printed: the body is cancelled too");
}

DIFF_CASE(taskgroup_first_failure) {
  try {
    course::task_group tg;
    auto scope = tg.async_with(body(tg));
    co_await std::move(scope);
  } catch (const course::exception_group& eg) {
    std::vector<std::string> messages;
    for (const auto& e : eg.exceptions()) messages.push_back(course::py::exception_message(e));
    print("ExceptionGroup:", course::py::list(messages));
  }
  print("cancelling() after the group:", course::current_task()->cancelling());
}
}  // namespace taskgroup_first_failure
