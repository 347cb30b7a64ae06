// Cancelling a task before it ever ran: its body never executes.
#include "../diff_case.hpp"
namespace cancel_before_start {

awaitable<void> body() {
  print("body ran");
  co_return;
}

DIFF_CASE(cancel_before_start) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, body(), use_task);
  print("cancel() ->", t.cancel());
  print("cancelled() before it runs:", t.cancelled());
  try {
    co_await t.async_wait(use_awaitable);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("cancelled():", t.cancelled());
  }
}
}  // namespace cancel_before_start
