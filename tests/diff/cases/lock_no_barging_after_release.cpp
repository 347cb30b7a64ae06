// A task calling acquire() right after release() queues behind the already woken waiter (no
// barging).
#include "../diff_case.hpp"
namespace lock_no_barging_after_release {

awaitable<void> waiter(std::shared_ptr<course::lock> lock) {
  {
    co_await lock->async_acquire(use_awaitable);
    course::releaser r(*lock);
    print("waiter has the lock");
    co_await course::sleep(1.0);
  }
  print("waiter released");
}

DIFF_CASE(lock_no_barging_after_release) {
  auto ex = co_await asio::this_coro::executor;
  auto lock = std::make_shared<course::lock>(ex);
  co_await lock->async_acquire(use_awaitable);
  auto w = co_spawn(ex, waiter(lock), use_task);
  co_await course::sleep(1.0);
  lock->release();
  print("main released; locked() =", lock->locked());
  co_await lock->async_acquire(use_awaitable);
  print("main has the lock again");
  lock->release();
  co_await w.async_wait(use_awaitable);
}
}  // namespace lock_no_barging_after_release
