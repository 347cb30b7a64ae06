// asyncio.Lock is not reentrant: acquiring it again in the same task waits forever (deadlock).
#include "../diff_case.hpp"
namespace lock_reacquire_deadlock {

DIFF_CASE(lock_reacquire_deadlock) {
  auto ex = co_await asio::this_coro::executor;
  course::lock lock(ex);
  co_await lock.async_acquire(use_awaitable);
  course::releaser r(lock);
  print("first acquire");
  co_await course::sleep(1.0);
  print("second acquire, same task");
  {
    co_await lock.async_acquire(use_awaitable);
    course::releaser r2(lock);
    print("never printed");
  }
}
}  // namespace lock_reacquire_deadlock
