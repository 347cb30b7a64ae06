// A leftover task that raises when cancelled at shutdown is reported by asyncio.run(); run still
// returns.
#include "../diff_case.hpp"
namespace run_leftover_raises_on_cancel {

awaitable<void> stubborn() {
  try {
    co_await course::sleep(10.0);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("stubborn: cancelled, raising instead");
    throw std::runtime_error("refused to stop");
  }
}

DIFF_CASE_RETURNING(run_leftover_raises_on_cancel, int) {
  auto ex = co_await asio::this_coro::executor;
  co_spawn(ex, stubborn(), use_task);
  co_await course::sleep(1.0);
  print("main returns");
  co_return 1;
}
}  // namespace run_leftover_raises_on_cancel
