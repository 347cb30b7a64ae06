// Unlike Lock, a Semaphore's release() hands the slot to the waiter at once: locked() stays True.
#include "../diff_case.hpp"
namespace semaphore_locked_after_release_with_waiter {

awaitable<void> waiter(std::shared_ptr<course::semaphore> sem) {
  {
    co_await sem->async_acquire(use_awaitable);
    course::releaser r(*sem);
    print("waiter in");
  }
  print("waiter out");
}

DIFF_CASE(semaphore_locked_after_release_with_waiter) {
  auto ex = co_await asio::this_coro::executor;
  auto sem = std::make_shared<course::semaphore>(ex, 1);
  co_await sem->async_acquire(use_awaitable);
  print("after acquire(): locked() =", sem->locked());
  auto w = co_spawn(ex, waiter(sem), use_task);
  co_await course::sleep(1.0);
  sem->release();
  print("right after release(): locked() =", sem->locked());
  co_await w.async_wait(use_awaitable);
  print("at the end: locked() =", sem->locked());
}
}  // namespace semaphore_locked_after_release_with_waiter
