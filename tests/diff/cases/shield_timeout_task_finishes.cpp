// wait_for(shield(task)) times out, but the task is not cancelled: it finishes later and is
// awaited.
#include "../diff_case.hpp"
namespace shield_timeout_task_finishes {

awaitable<std::string> job() {
  co_await course::sleep(3.0);
  print("job finished");
  co_return std::string("result");
}

DIFF_CASE(shield_timeout_task_finishes) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, job(), use_task);
  try {
    auto w = course::wait_for(course::shield(t), 1);
    co_await std::move(w);
  } catch (const course::timeout_error&) {
    print("TimeoutError; job cancelled?", t.cancelled());
  }
  std::string r = co_await t.async_wait(use_awaitable);
  print("awaiting the job again:", r);
}
}  // namespace shield_timeout_task_finishes
