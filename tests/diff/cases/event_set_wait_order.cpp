// Event.set() wakes every waiter, in the order they started waiting; set() itself does not yield.
#include "../diff_case.hpp"
namespace event_set_wait_order {

awaitable<void> waiter(std::shared_ptr<course::event> ev, std::string name) {
  print(name, "waits");
  co_await ev->async_wait(use_awaitable);
  print(name, "woke:", true);
}

DIFF_CASE(event_set_wait_order) {
  auto ex = co_await asio::this_coro::executor;
  auto ev = std::make_shared<course::event>(ex);
  std::vector<course::task<void>> ts;
  for (const char* n : {"a", "b", "c"}) ts.push_back(co_spawn(ex, waiter(ev, n), use_task));
  co_await course::sleep(1.0);
  print("set()");
  ev->set();
  print("after set(): is_set() =", ev->is_set());
  auto w = course::gather(ts);
  co_await std::move(w);
  print("all woke");
}
}  // namespace event_set_wait_order
