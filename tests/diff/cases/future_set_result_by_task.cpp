// A bare Future resolved by another task: the awaiter resumes with the value.
#include "../diff_case.hpp"
namespace future_set_result_by_task {

awaitable<void> resolver(course::future<std::string> fut) {
  co_await course::sleep(1.0);
  fut.set_result("来自另一个任务");
  print("resolver: set_result() done");
}

DIFF_CASE(future_set_result_by_task) {
  auto ex = co_await asio::this_coro::executor;
  course::future<std::string> fut(ex);
  co_spawn(ex, resolver(fut), use_task);
  print("waiting for the future");
  auto w = fut.async_wait(use_awaitable);
  std::string got = co_await std::move(w);
  print("got:", got);
  print("done():", fut.done());
}
}  // namespace future_set_result_by_task
