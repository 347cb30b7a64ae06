// cancel() on a finished task returns False and changes nothing.
#include "../diff_case.hpp"
namespace cancel_done_task {
using course::diff::sleep;  // asyncio.sleep(delay, result)

DIFF_CASE(cancel_done_task) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, sleep(1, "ok"), use_task);
  co_await t.async_wait(use_awaitable);
  print("cancel() ->", t.cancel());
  print("cancelled():", t.cancelled(), "result():", t.result());
}
}  // namespace cancel_done_task
