// A task's exception is raised to whoever awaits it; exception() returns it afterwards.
#include "../diff_case.hpp"
namespace task_exception_retrieved {

awaitable<void> fail() {
  co_await course::sleep(1.0);
  throw std::invalid_argument("坏了");
}

std::string value_error_repr(const std::exception_ptr& e) {
  return course::py::exception_name(e) + "(" + course::py::repr(course::py::exception_message(e)) +
         ")";
}

DIFF_CASE(task_exception_retrieved) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, fail(), use_task);
  try {
    co_await t.async_wait(use_awaitable);
  } catch (const std::invalid_argument&) {
    print("caught:", value_error_repr(std::current_exception()));
  }
  print("exception():", value_error_repr(t.exception()));
  print("done():", t.done(), "cancelled():", t.cancelled());
  try {
    co_await t.async_wait(use_awaitable);
  } catch (const std::invalid_argument& e) {
    print("awaited again, raised again:", e.what());
  }
}
}  // namespace task_exception_retrieved
