// Task.result() and exception() on a task that has not finished raise InvalidStateError.
#include "../diff_case.hpp"
namespace task_result_pending {
using course::diff::sleep;  // asyncio.sleep(delay, result)

DIFF_CASE(task_result_pending) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, sleep(1, "done"), use_task);
  try {
    (void)t.result();
  } catch (const course::invalid_state_error& e) {
    print("result():", "InvalidStateError", e.what());
  }
  try {
    (void)t.exception();
  } catch (const course::invalid_state_error& e) {
    print("exception():", "InvalidStateError", e.what());
  }
  print("done():", t.done());
  std::string r = co_await t.async_wait(use_awaitable);
  print("await:", r);
  print("result():", t.result());
}
}  // namespace task_result_pending
