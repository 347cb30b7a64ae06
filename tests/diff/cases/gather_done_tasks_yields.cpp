// gather() over tasks that are already done still suspends the awaiter for a loop turn.
#include "../diff_case.hpp"
namespace gather_done_tasks_yields {
using course::diff::sleep;  // asyncio.sleep(delay, result)

DIFF_CASE(gather_done_tasks_yields) {
  auto ex = co_await asio::this_coro::executor;
  auto t1 = co_spawn(ex, sleep(0, 1), use_task);
  auto t2 = co_spawn(ex, sleep(0, 2), use_task);
  co_await course::sleep(1.0);
  print("done:", t1.done(), t2.done());
  asio::post(ex, [] { print("callback between"); });
  auto w = course::gather(t1, t2);
  auto res = co_await std::move(w);
  print("gather:", course::py::list(res));
}
}  // namespace gather_done_tasks_yields
