// FIRST_COMPLETED returns as soon as one task is done; the others keep running.
#include "../diff_case.hpp"
#include <algorithm>
namespace wait_first_completed {
using course::diff::sleep;  // asyncio.sleep(delay, result)

DIFF_CASE(wait_first_completed) {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<int>> ts;
  for (int d : {3, 1, 2}) ts.push_back(co_spawn(ex, sleep(d, d), use_task));
  auto w = course::wait(ts, course::first_completed);
  auto [done, pending] = co_await std::move(w);
  std::vector<int> first;
  for (auto& t : done) first.push_back(t.result());
  print("first done:", course::py::list(first), "pending:", pending.size());
  auto w2 = course::wait(pending);
  auto [done2, pending2] = co_await std::move(w2);
  std::vector<int> rest;
  for (auto& t : done2) rest.push_back(t.result());
  std::sort(rest.begin(), rest.end());
  print("rest:", course::py::list(rest), "pending:", pending2.size());
}
}  // namespace wait_first_completed
