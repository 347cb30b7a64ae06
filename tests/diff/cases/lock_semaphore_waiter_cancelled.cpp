// A waiter of a Lock or a Semaphore(1) that is cancelled takes nothing with it: cancelled while it
// still waits, it leaves the queue; woken by release() but cancelled before it runs, it passes what
// it was given on to the next waiter.
#include "../diff_case.hpp"
namespace lock_semaphore_waiter_cancelled {

template <typename Primitive>
awaitable<void> waiter(std::shared_ptr<Primitive> primitive, std::string name) {
  try {
    {
      co_await primitive->async_acquire(use_awaitable);
      course::releaser r(*primitive);
      print(name, "has it");
      co_await course::sleep(1.0);
    }
    print(name, "released");
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "cancelled");
    throw;
  }
}

template <typename Primitive>
awaitable<void> cancelled(std::shared_ptr<Primitive> primitive, std::string type,
                          bool after_wakeup) {
  print(type, after_wakeup ? "after wakeup" : "while waiting");
  auto ex = co_await asio::this_coro::executor;
  co_await primitive->async_acquire(use_awaitable);
  auto a = co_spawn(ex, waiter(primitive, "a"), use_task);
  auto b = co_spawn(ex, waiter(primitive, "b"), use_task);
  co_await course::sleep(1.0);
  if (after_wakeup) {
    primitive->release();
    print("released; a.cancel() ->", a.cancel());
  } else {
    a.cancel();
    co_await course::sleep(1.0);
    print("before release(): locked() =", primitive->locked());
    primitive->release();
  }
  auto gathered = course::gather(course::return_exceptions, a, b);
  auto res = co_await std::move(gathered);
  print(course::diff::type_names(res, "NoneType"), "locked() =", primitive->locked());
}

DIFF_CASE(lock_semaphore_waiter_cancelled) {
  auto ex = co_await asio::this_coro::executor;
  for (bool after_wakeup : {false, true}) {
    co_await cancelled(std::make_shared<course::lock>(ex), "Lock", after_wakeup);
    co_await cancelled(std::make_shared<course::semaphore>(ex, 1), "Semaphore", after_wakeup);
  }
}
}  // namespace lock_semaphore_waiter_cancelled
