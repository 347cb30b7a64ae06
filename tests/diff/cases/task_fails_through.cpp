// A task's failure comes through what awaits it: shield() passes it on to the awaiter, and
// wait_for() raises it at once, before its timeout, which never fires.
#include "../diff_case.hpp"
namespace task_fails_through {

awaitable<void> fails() {
  co_await course::sleep(1.0);
  throw std::invalid_argument("failed after 1 s");
}

DIFF_CASE(task_fails_through) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, fails(), use_task);
  try {
    auto s = course::shield(t);
    co_await std::move(s);
  } catch (const std::invalid_argument& e) {
    print("shield raised:", e.what());
  }
  const auto error = t.exception();
  print("t.exception():", course::py::exception_name(error) + "(" +
                              course::py::repr(course::py::exception_message(error)) + ")");
  t = co_spawn(ex, fails(), use_task);
  try {
    auto w = course::wait_for(t, 4);
    co_await std::move(w);
  } catch (const std::invalid_argument& e) {
    print("wait_for raised:", e.what());
  }
  co_await course::sleep(4.0);
  print("the 4 s timeout never fired");
}
}  // namespace task_fails_through
