// release() on a lock that is not held raises RuntimeError.
#include "../diff_case.hpp"
namespace lock_release_unlocked {

DIFF_CASE(lock_release_unlocked) {
  auto ex = co_await asio::this_coro::executor;
  course::lock lock(ex);
  try {
    lock.release();
  } catch (const std::logic_error&
               e) {  // course::lock::release throws logic_error, shown as RuntimeError
    print("RuntimeError:", e.what());
  }
  co_await lock.async_acquire(use_awaitable);
  print("acquire() ->", true);
  lock.release();
  print("locked() =", lock.locked());
}
}  // namespace lock_release_unlocked
