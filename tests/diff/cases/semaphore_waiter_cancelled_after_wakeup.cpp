// A semaphore waiter woken by release() but cancelled before it runs hands its slot to the next
// waiter.
#include "../diff_case.hpp"
namespace semaphore_waiter_cancelled_after_wakeup {

awaitable<void> waiter(std::shared_ptr<course::semaphore> sem, std::string name) {
  try {
    {
      co_await sem->async_acquire(use_awaitable);
      course::releaser r(*sem);
      print(name, "in");
      co_await course::sleep(1.0);
    }
    print(name, "out");
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "cancelled");
    throw;
  }
}

DIFF_CASE(semaphore_waiter_cancelled_after_wakeup) {
  auto ex = co_await asio::this_coro::executor;
  auto sem = std::make_shared<course::semaphore>(ex, 1);
  co_await sem->async_acquire(use_awaitable);
  auto a = co_spawn(ex, waiter(sem, "a"), use_task);
  auto b = co_spawn(ex, waiter(sem, "b"), use_task);
  co_await course::sleep(1.0);
  sem->release();
  print("released; a.cancel() ->", a.cancel());
  // gather(a, b, return_exceptions=True): each task awaited in turn, its outcome kept
  std::vector<std::string> res;
  for (auto& t : std::vector{a, b}) {
    auto w = t.async_wait(asio::as_tuple(use_awaitable));
    auto [e] = co_await std::move(w);
    res.push_back(e ? course::py::exception_name(e) : "NoneType");
  }
  print(course::py::list(res), "locked() =", sem->locked());
}
}  // namespace semaphore_waiter_cancelled_after_wakeup
