// Semaphore(2) lets two workers in at a time; w3 enters only after w1 and w2 have both printed
// "out".
#include "../diff_case.hpp"
namespace semaphore_two_of_five {

awaitable<void> worker(std::shared_ptr<course::semaphore> sem, int n) {
  co_await sem->async_acquire(use_awaitable);
  course::releaser r(*sem);
  print("w" + std::to_string(n) + " in");
  co_await course::sleep(1.0);
  print("w" + std::to_string(n) + " out");
}

DIFF_CASE(semaphore_two_of_five) {
  auto ex = co_await asio::this_coro::executor;
  auto sem = std::make_shared<course::semaphore>(ex, 2);
  auto g = course::gather(worker(sem, 1), worker(sem, 2), worker(sem, 3), worker(sem, 4),
                          worker(sem, 5));
  co_await std::move(g);
  print("all done, locked() =", sem->locked());
}
}  // namespace semaphore_two_of_five
