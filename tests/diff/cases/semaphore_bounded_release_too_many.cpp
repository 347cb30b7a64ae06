// BoundedSemaphore raises ValueError when released more times than acquired; Semaphore just grows.
#include "../diff_case.hpp"
namespace semaphore_bounded_release_too_many {

DIFF_CASE(semaphore_bounded_release_too_many) {
  auto ex = co_await asio::this_coro::executor;
  course::bounded_semaphore b(ex, 1);
  co_await b.async_acquire(use_awaitable);
  b.release();
  try {
    b.release();
  } catch (const std::invalid_argument& e) {
    print("ValueError:", e.what());
  }
  course::semaphore s(ex, 1);
  s.release();
  co_await s.async_acquire(use_awaitable);
  co_await s.async_acquire(use_awaitable);
  print("plain Semaphore acquired twice, locked() =", s.locked());
}
}  // namespace semaphore_bounded_release_too_many
