// wait_for(coroutine) wraps it in a task that starts after wait_for is awaited; a timeout cancels
// it.
#include "../diff_case.hpp"
namespace wait_for_coroutine {

awaitable<std::string> body(std::string name, double delay, course::detail::task_core* main_task) {
  print(name, "body starts, in its own task:", course::detail::current_task() != main_task);
  try {
    co_await course::sleep(delay);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "body cancelled");
    throw;
  }
  co_return name;
}

DIFF_CASE(wait_for_coroutine) {
  auto* me = course::detail::current_task();
  auto coro = body("quick", 1, me);
  print("coroutine created");
  auto w1 = course::wait_for(std::move(coro), 2);
  std::string r = co_await std::move(w1);
  print("->", r);
  try {
    auto w2 = course::wait_for(body("slow", 3, me), 0.5);
    co_await std::move(w2);
  } catch (const course::timeout_error&) {
    print("slow: TimeoutError");
  }
}
}  // namespace wait_for_coroutine
