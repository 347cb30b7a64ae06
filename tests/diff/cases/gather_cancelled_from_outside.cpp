// Cancelling the task that awaits gather() cancels every unfinished child; the awaiter sees
// CancelledError.
#include "../diff_case.hpp"
namespace gather_cancelled_from_outside {

awaitable<void> child(std::string name, double delay) {
  try {
    co_await course::sleep(delay);
    print(name, "finished");
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "cancelled");
    throw;
  }
}

awaitable<void> parent() {
  try {
    auto w = course::gather(child("a", 1), child("b", 3), child("c", 4));
    co_await std::move(w);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("parent sees CancelledError");
    throw;
  }
}

DIFF_CASE(gather_cancelled_from_outside) {
  auto ex = co_await asio::this_coro::executor;
  auto p = co_spawn(ex, parent(), use_task);
  co_await course::sleep(2.0);
  print("cancel() ->", p.cancel());
  try {
    co_await p.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("parent.cancelled():", p.cancelled());
  }
}
}  // namespace gather_cancelled_from_outside
