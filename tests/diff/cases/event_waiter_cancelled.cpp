// A cancelled waiter leaves the event; set() still wakes the other waiters.
#include "../diff_case.hpp"
namespace event_waiter_cancelled {

awaitable<void> waiter(std::shared_ptr<course::event> ev, std::string name) {
  try {
    co_await ev->async_wait(use_awaitable);
    print(name, "woke");
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "cancelled");
    throw;
  }
}

DIFF_CASE(event_waiter_cancelled) {
  auto ex = co_await asio::this_coro::executor;
  auto ev = std::make_shared<course::event>(ex);
  auto a = co_spawn(ex, waiter(ev, "a"), use_task);
  auto b = co_spawn(ex, waiter(ev, "b"), use_task);
  co_await course::sleep(1.0);
  a.cancel();
  co_await course::sleep(1.0);
  ev->set();
  auto gathered = course::gather(course::return_exceptions, a, b);
  auto res = co_await std::move(gathered);
  print(course::diff::type_names(res, "NoneType"));
}
}  // namespace event_waiter_cancelled
