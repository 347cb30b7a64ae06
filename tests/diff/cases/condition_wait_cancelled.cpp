// A waiter cancelled in Condition.wait() takes the lock again before CancelledError leaves wait().
#include "../diff_case.hpp"

#include <course/condition.hpp>
namespace condition_wait_cancelled {

awaitable<void> waiter(course::condition* cond) {
  co_await cond->async_acquire(use_awaitable);
  course::releaser held(*cond);
  try {
    co_await cond->wait();
  } catch (const boost::system::system_error&) {
    print("cancelled; holds the lock again:", cond->locked());
    throw;
  }
}

DIFF_CASE(condition_wait_cancelled) {
  auto ex = co_await asio::this_coro::executor;
  course::condition cond(ex);
  co_await cond.async_acquire(use_awaitable);
  auto t = co_spawn(ex, waiter(&cond), use_task);
  cond.release();
  co_await course::sleep(1);
  co_await cond.async_acquire(use_awaitable);
  t.cancel();
  co_await course::sleep(0.5);
  print("main still holds the lock; the waiter is done:", t.done());
  cond.release();
  try {
    co_await t.async_wait(use_awaitable);
  } catch (const boost::system::system_error&) {
    print("waiter cancelled:", t.cancelled(), "locked:", cond.locked());
  }
}
}  // namespace condition_wait_cancelled
