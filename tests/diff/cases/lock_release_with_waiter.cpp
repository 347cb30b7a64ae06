// release() with a waiter: locked() is False until the woken waiter runs and takes the lock (3.11),
// and a task that calls acquire() right then queues behind the woken waiter (no barging).
#include "../diff_case.hpp"
namespace lock_release_with_waiter {

awaitable<void> waiter(std::shared_ptr<course::lock> lock) {
  print("waiter: acquire() waits");
  {
    co_await lock->async_acquire(use_awaitable);
    course::releaser r(*lock);
    print("waiter: has the lock, locked() =", lock->locked());
    co_await course::sleep(1.0);
  }
  print("waiter: released");
}

DIFF_CASE(lock_release_with_waiter) {
  auto ex = co_await asio::this_coro::executor;
  auto lock = std::make_shared<course::lock>(ex);
  co_await lock->async_acquire(use_awaitable);
  auto w = co_spawn(ex, waiter(lock), use_task);
  co_await course::sleep(1.0);
  lock->release();
  print("right after release(): locked() =", lock->locked());
  co_await lock->async_acquire(use_awaitable);
  print("main has the lock again");
  lock->release();
  co_await w.async_wait(use_awaitable);
  print("at the end: locked() =", lock->locked());
}
}  // namespace lock_release_with_waiter
