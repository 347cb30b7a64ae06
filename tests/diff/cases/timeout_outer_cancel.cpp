// A cancel from outside during asyncio.timeout() stays a CancelledError, not a TimeoutError.
#include "../diff_case.hpp"
namespace timeout_outer_cancel {

awaitable<void> worker() {
  std::exception_ptr error;
  try {
    auto cm = course::timeout(5);
    auto scope = cm.async_with(course::sleep(10));
    co_await std::move(scope);
  } catch (const course::timeout_error&) {
    print("never printed: the deadline did not strike");
  } catch (...) {
    error = std::current_exception();
  }
  print("worker leaves its scope");  // finally:
  if (error) std::rethrow_exception(error);
}

DIFF_CASE(timeout_outer_cancel) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, worker(), use_task);
  co_await course::sleep(1);
  t.cancel();
  try {
    co_await t.async_wait(use_awaitable);
  } catch (const boost::system::system_error&) {
    print("worker cancelled:", t.cancelled());
  }
}
}  // namespace timeout_outer_cancel
