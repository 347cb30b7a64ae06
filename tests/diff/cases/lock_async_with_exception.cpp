// async with lock releases the lock even when the body raises; the error reaches the caller.
#include "../diff_case.hpp"
namespace lock_async_with_exception {

DIFF_CASE(lock_async_with_exception) {
  auto ex = co_await asio::this_coro::executor;
  course::lock lock(ex);
  try {
    co_await lock.async_acquire(use_awaitable);
    course::releaser r(lock);
    print("inside: locked() =", lock.locked());
    co_await course::sleep(1.0);
    throw std::out_of_range("inside the lock");
  } catch (const std::out_of_range& e) {
    print("caught", course::py::repr(e.what()), "locked() =", lock.locked());
  }
  {
    co_await lock.async_acquire(use_awaitable);
    course::releaser r(lock);
    print("acquired again at once");
  }
}
}  // namespace lock_async_with_exception
