// A getter woken by put() but cancelled before it runs passes the wake-up on: no item is lost.
#include "../diff_case.hpp"
namespace queue_get_cancelled_after_wakeup {

using queue_ptr = std::shared_ptr<course::queue<std::string>>;

awaitable<void> getter(queue_ptr q, std::string name) {
  try {
    std::string item = co_await q->async_get(use_awaitable);
    print(name, "got", item);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print(name, "cancelled");
    throw;
  }
}

DIFF_CASE(queue_get_cancelled_after_wakeup) {
  auto ex = co_await asio::this_coro::executor;
  auto q = std::make_shared<course::queue<std::string>>(ex);
  auto a = co_spawn(ex, getter(q, "a"), use_task);
  auto b = co_spawn(ex, getter(q, "b"), use_task);
  co_await course::sleep(1.0);
  q->put_nowait("x");
  print("a.cancel() ->", a.cancel());
  auto gathered = course::gather(course::return_exceptions, a, b);
  auto res = co_await std::move(gathered);
  print(course::diff::type_names(res, "NoneType"), "qsize", q->qsize());
}
}  // namespace queue_get_cancelled_after_wakeup
