// Lock waiters get the lock in the order they asked for it.
#include "../diff_case.hpp"
namespace lock_fifo_order {

awaitable<void> worker(std::shared_ptr<course::lock> lock, std::string name) {
  print(name, "wants the lock");
  {
    co_await lock->async_acquire(use_awaitable);
    course::releaser r(*lock);
    print(name, "has the lock");
    co_await course::sleep(1.0);
  }
  print(name, "released it");
}

DIFF_CASE(lock_fifo_order) {
  auto ex = co_await asio::this_coro::executor;
  auto lock = std::make_shared<course::lock>(ex);
  auto w = course::gather(worker(lock, "a"), worker(lock, "b"), worker(lock, "c"));
  co_await std::move(w);
  print("locked() =", lock->locked());
}
}  // namespace lock_fifo_order
