// A waiter woken by release() but cancelled before it runs passes the lock on to the next waiter.
#include "../diff_case.hpp"
namespace lock_waiter_cancelled_after_wakeup {

awaitable<void> waiter(std::shared_ptr<course::lock> lock, std::string name) {
  try {
    {
      co_await lock->async_acquire(use_awaitable);
      course::releaser r(*lock);
      print(name, "has the lock");
      co_await course::sleep(1.0);
    }
    print(name, "released");
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "cancelled");
    throw;
  }
}

DIFF_CASE(lock_waiter_cancelled_after_wakeup) {
  auto ex = co_await asio::this_coro::executor;
  auto lock = std::make_shared<course::lock>(ex);
  co_await lock->async_acquire(use_awaitable);
  auto a = co_spawn(ex, waiter(lock, "a"), use_task);
  auto b = co_spawn(ex, waiter(lock, "b"), use_task);
  co_await course::sleep(1.0);
  lock->release();
  print("released; a.cancel() ->", a.cancel());
  // gather(a, b, return_exceptions=True): each task awaited in turn, its outcome kept
  std::vector<std::string> res;
  for (auto& t : std::vector{a, b}) {
    auto w = t.async_wait(asio::as_tuple(use_awaitable));
    auto [e] = co_await std::move(w);
    res.push_back(e ? course::py::exception_name(e) : "NoneType");
  }
  print(course::py::list(res), "locked() =", lock->locked());
}
}  // namespace lock_waiter_cancelled_after_wakeup
