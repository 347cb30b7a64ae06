// shield() passes the inner task's exception on to the awaiter.
#include "../diff_case.hpp"
namespace shield_task_fails {

awaitable<void> job() {
  co_await course::sleep(1.0);
  throw std::runtime_error("inner failed");
}

DIFF_CASE(shield_task_fails) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, job(), use_task);
  try {
    auto s = course::shield(t);
    co_await std::move(s);
  } catch (const std::runtime_error& e) {
    print("caught:", e.what());
  }
  const auto e = t.exception();
  print("t.exception():", course::py::exception_name(e) + "(" +
                              course::py::repr(course::py::exception_message(e)) + ")");
}
}  // namespace shield_task_fails
