// Condition: notify(1) wakes the first waiter; each woken waiter takes the lock again before wait()
// returns.
#include "../diff_case.hpp"

#include <course/condition.hpp>
namespace condition_notify {

awaitable<void> waiter(course::condition* cond, std::string name) {
  co_await cond->async_acquire(use_awaitable);
  {
    course::releaser held(*cond);
    print(name, "waits");
    co_await cond->wait();
    print(name, "woken, holds the lock:", cond->locked());
    co_await course::sleep(0.5);
  }
  print(name, "released");
}

DIFF_CASE(condition_notify) {
  auto ex = co_await asio::this_coro::executor;
  course::condition cond(ex);
  std::vector<course::task<void>> tasks;
  for (const char* n : {"a", "b", "c"}) tasks.push_back(co_spawn(ex, waiter(&cond, n), use_task));
  co_await course::sleep(1);
  co_await cond.async_acquire(use_awaitable);
  cond.notify(1);
  print("notified one");
  cond.release();
  co_await course::sleep(1);
  co_await cond.async_acquire(use_awaitable);
  cond.notify_all();
  print("notified all");
  cond.release();
  co_await course::gather(tasks);
  try {
    cond.notify();
  } catch (const std::logic_error& e) {
    print("RuntimeError:", e.what());
  }
}
}  // namespace condition_notify
