// set_exception() on a future: its awaiter raises that exception.
#include "../diff_case.hpp"
namespace future_set_exception {

awaitable<void> failer(course::future<void> fut) {
  co_await course::sleep(1.0);
  fut.set_exception(std::make_exception_ptr(std::out_of_range("missing")));
  print("failer: set_exception() done");
}

DIFF_CASE(future_set_exception) {
  auto ex = co_await asio::this_coro::executor;
  course::future<void> fut(ex);
  auto t = co_spawn(ex, failer(fut), use_task);
  try {
    co_await fut.async_wait(use_awaitable);
  } catch (const std::out_of_range& e) {
    print("awaiter raised KeyError:", course::py::repr(e.what()));
  }
  auto e = fut.exception();
  print("exception():",
        course::py::exception_name(e) + "(" + course::py::exception_message(e) + ")");
  co_await t.async_wait(use_awaitable);
}
}  // namespace future_set_exception
