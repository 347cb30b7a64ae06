// Done callbacks run in registration order, on the turn after the result is set, before the awaiter
// resumes.
#include "../diff_case.hpp"
namespace future_done_callbacks_order {

DIFF_CASE(future_done_callbacks_order) {
  auto ex = co_await asio::this_coro::executor;
  course::future<int> fut(ex);
  fut.add_done_callback([](course::future<int>& f) { print("cb1 sees", f.result()); });
  fut.add_done_callback([](course::future<int>&) { print("cb2"); });
  auto extra = fut.add_done_callback([](course::future<int>&) { print("removed, never printed"); });
  print("removed:", fut.remove_done_callback(extra));
  course::call_later(ex, 1, [fut]() mutable { fut.set_result(5); });
  int result = co_await fut.async_wait(use_awaitable);
  print("awaited:", result);
}
}  // namespace future_done_callbacks_order
