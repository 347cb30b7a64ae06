// add_done_callback() on a future that is already done schedules the callback; it does not run
// inline.
#include "../diff_case.hpp"
namespace callback_added_to_done_future {

DIFF_CASE(callback_added_to_done_future) {
  auto ex = co_await asio::this_coro::executor;
  course::future<int> fut(ex);
  fut.set_result(3);
  fut.add_done_callback([](course::future<int>& f) { print("done callback, result", f.result()); });
  print("add_done_callback() returned");
  co_await course::sleep(0.0);
  print("after sleep(0)");
}
}  // namespace callback_added_to_done_future
