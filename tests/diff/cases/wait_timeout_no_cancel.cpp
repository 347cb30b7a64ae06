// wait() with a timeout returns the unfinished tasks as pending and does not cancel them.
#include "../diff_case.hpp"
namespace wait_timeout_no_cancel {
using course::diff::sleep;  // asyncio.sleep(delay, result)

DIFF_CASE(wait_timeout_no_cancel) {
  auto ex = co_await asio::this_coro::executor;
  auto slow = co_spawn(ex, sleep(3, "slow"), use_task);
  auto fast = co_spawn(ex, sleep(1, "fast"), use_task);
  auto w = course::wait(std::vector{slow, fast}, course::all_completed, 2.0);
  auto [done, pending] = co_await std::move(w);
  std::vector<std::string> results;
  for (auto& t : done) results.push_back(t.result());
  print("done:", course::py::list(results), "pending:", pending.size());
  print("slow cancelled?", slow.cancelled());
  std::string r = co_await slow.async_wait(use_awaitable);
  print("slow:", r);
}
}  // namespace wait_timeout_no_cancel
