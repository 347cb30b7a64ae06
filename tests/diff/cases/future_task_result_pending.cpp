// result() and exception() on a Future or a Task that is still pending raise InvalidStateError.
#include "../diff_case.hpp"
namespace future_task_result_pending {
using course::diff::sleep;  // asyncio.sleep(delay, result)

template <typename Future>
void ask_pending(const std::string& name, const Future& fut) {
  try {
    (void)fut.result();
  } catch (const course::invalid_state_error& e) {
    print(name, "result():", course::py::exception_name(std::current_exception()), e.what());
  }
  try {
    (void)fut.exception();
  } catch (const course::invalid_state_error& e) {
    print(name, "exception():", course::py::exception_name(std::current_exception()), e.what());
  }
}

DIFF_CASE(future_task_result_pending) {
  auto ex = co_await asio::this_coro::executor;
  course::future<void> fut(ex);
  ask_pending("Future", fut);
  fut.set_result({});
  fut.result();
  auto e = fut.exception();
  print("after set_result: result() =", "None",
        "exception() =", e ? course::py::exception_name(e) : "None");
  auto t = co_spawn(ex, sleep(1, "done"), use_task);
  ask_pending("Task", t);
  print("done():", t.done());
  std::string r = co_await t.async_wait(use_awaitable);
  print("await:", r);
  print("result():", t.result());
}
}  // namespace future_task_result_pending
