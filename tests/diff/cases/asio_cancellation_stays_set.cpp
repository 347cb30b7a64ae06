// Part ways: a cancellation is delivered once; a coroutine that catches it can await again. A
// coroutine of asio's own co_spawn keeps it set: the cleanup's co_await throws at once unless
// it calls this_coro::reset_cancellation_state() first (asio_cancellation_stays_set.asio.txt).
// A course task delivers it once (task_cancelling_uncancel).
#include "../diff_case.hpp"

namespace asio_cancellation_stays_set {

awaitable<void> worker() {
  try {
    co_await course::sleep(10.0);
  } catch (const boost::system::system_error&) {
    print("worker: cancelled, cleaning up");
  }
  co_await course::sleep(1.0);
  print("worker: cleaned up");
}

DIFF_CASE(asio_cancellation_stays_set) {
  auto ex = co_await asio::this_coro::executor;
  asio::cancellation_signal cancel;
  course::event ended(ex);
  co_spawn(ex, worker(), asio::bind_cancellation_slot(cancel.slot(), [&](std::exception_ptr e) {
             if (e) print("worker ended with", course::py::exception_name(e));
             ended.set();
           }));
  co_await course::sleep(1.0);
  cancel.emit(asio::cancellation_type::terminal);
  co_await ended.async_wait(use_awaitable);
  print("main: worker ended");
}
}  // namespace asio_cancellation_stays_set
