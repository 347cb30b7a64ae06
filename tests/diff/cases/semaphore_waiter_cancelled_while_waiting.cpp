// A semaphore waiter cancelled before any release leaves; the count is unchanged for the others.
#include "../diff_case.hpp"
namespace semaphore_waiter_cancelled_while_waiting {

awaitable<void> worker(std::shared_ptr<course::semaphore> sem, std::string name, double hold) {
  try {
    {
      co_await sem->async_acquire(use_awaitable);
      course::releaser r(*sem);
      print(name, "in");
      co_await course::sleep(hold);
    }
    print(name, "out");
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "cancelled");
    throw;
  }
}

DIFF_CASE(semaphore_waiter_cancelled_while_waiting) {
  auto ex = co_await asio::this_coro::executor;
  auto sem = std::make_shared<course::semaphore>(ex, 1);
  auto a = co_spawn(ex, worker(sem, "a", 2), use_task);
  auto b = co_spawn(ex, worker(sem, "b", 1), use_task);
  auto c = co_spawn(ex, worker(sem, "c", 1), use_task);
  co_await course::sleep(1.0);
  b.cancel();
  // gather(a, b, c, return_exceptions=True): each task awaited in turn, its outcome kept
  std::vector<std::string> res;
  for (auto& t : std::vector{a, b, c}) {
    auto w = t.async_wait(asio::as_tuple(use_awaitable));
    auto [e] = co_await std::move(w);
    res.push_back(e ? course::py::exception_name(e) : "NoneType");
  }
  print(course::py::list(res), "locked() =", sem->locked());
}
}  // namespace semaphore_waiter_cancelled_while_waiting
