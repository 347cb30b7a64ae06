// asyncio.run() cancels the tasks still pending when main returns; their except/finally run at
// shutdown.
#include "../diff_case.hpp"
namespace run_cancels_leftover_tasks {

awaitable<void> leftover() {
  std::exception_ptr error;
  try {
    co_await course::sleep(10.0);
  } catch (...) {
    error = std::current_exception();
    if (course::is_cancellation(error)) print("leftover: cancelled at shutdown");
  }
  co_await course::sleep(0.5);  // finally:
  print("leftover: finally, after 0.5 s of cleanup");
  if (error) std::rethrow_exception(error);
}

DIFF_CASE_RETURNING(run_cancels_leftover_tasks, std::string) {
  auto ex = co_await asio::this_coro::executor;
  co_spawn(ex, leftover(), use_task);
  co_await course::sleep(1.0);
  print("main returns");
  co_return std::string("done");
}
}  // namespace run_cancels_leftover_tasks
