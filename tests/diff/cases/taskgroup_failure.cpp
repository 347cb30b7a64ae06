// A TaskGroup's first failure, in a task or in the body, cancels the other tasks and the body; the
// errors leave as one ExceptionGroup, and the task that ran the group is not left cancelling.
#include "../diff_case.hpp"

#include <course/task_group.hpp>
namespace taskgroup_failure {

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

awaitable<void> a_task_fails(course::task_group tg) {
  tg.create_task(job("a", 0.5, false));
  tg.create_task(job("b", 1, true));
  tg.create_task(job("c", 2, false));
  co_await course::sleep(3);
  print("never printed: the body is cancelled too");
}

awaitable<void> the_body_raises(course::task_group tg) {
  tg.create_task(job("x", 2, false));
  co_await course::sleep(1);
  throw std::invalid_argument("body");
}

awaitable<void> in_group(std::string name, awaitable<void> (*body)(course::task_group)) {
  print(name);
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

DIFF_CASE(taskgroup_failure) {
  co_await in_group("a_task_fails", a_task_fails);
  co_await in_group("the_body_raises", the_body_raises);
}
}  // namespace taskgroup_failure
