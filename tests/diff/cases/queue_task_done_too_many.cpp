// task_done() called more times than items were put raises ValueError.
#include "../diff_case.hpp"
namespace queue_task_done_too_many {

DIFF_CASE(queue_task_done_too_many) {
  auto ex = co_await asio::this_coro::executor;
  course::queue<std::string> q(ex);
  q.put_nowait("a");
  q.get_nowait();
  q.task_done();
  print("one task_done() is fine");
  try {
    q.task_done();
  } catch (const std::invalid_argument& e) {
    print("ValueError:", e.what());
  }
  co_await q.async_join(use_awaitable);
  print("join() on a finished queue returns at once");
}
}  // namespace queue_task_done_too_many
