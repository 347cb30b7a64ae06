// A waiter cancelled while still waiting simply leaves the queue, taking nothing: the next one gets
// it on release(). A Lock and a Semaphore(1) alike.
#include "../diff_case.hpp"
namespace waiter_cancelled_while_waiting {

template <typename Primitive>
awaitable<void> waiter(std::shared_ptr<Primitive> primitive, std::string name) {
  try {
    co_await primitive->async_acquire(use_awaitable);
    course::releaser r(*primitive);
    print(name, "has it");
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "cancelled while waiting");
    throw;
  }
}

template <typename Primitive>
awaitable<void> cancelled_while_waiting(std::shared_ptr<Primitive> primitive, std::string type) {
  print(type);
  auto ex = co_await asio::this_coro::executor;
  co_await primitive->async_acquire(use_awaitable);
  auto a = co_spawn(ex, waiter(primitive, "a"), use_task);
  auto b = co_spawn(ex, waiter(primitive, "b"), use_task);
  co_await course::sleep(1.0);
  a.cancel();
  co_await course::sleep(1.0);
  print("before release(): locked() =", primitive->locked());
  primitive->release();
  auto gathered = course::gather(course::return_exceptions, a, b);
  auto res = co_await std::move(gathered);
  print(course::diff::type_names(res, "NoneType"), "locked() =", primitive->locked());
}

DIFF_CASE(waiter_cancelled_while_waiting) {
  auto ex = co_await asio::this_coro::executor;
  co_await cancelled_while_waiting(std::make_shared<course::lock>(ex), "Lock");
  co_await cancelled_while_waiting(std::make_shared<course::semaphore>(ex, 1), "Semaphore");
}
}  // namespace waiter_cancelled_while_waiting
