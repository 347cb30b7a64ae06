// With return_exceptions=True a cancelled child shows up as a CancelledError in the results.
#include "../diff_case.hpp"
namespace gather_return_exceptions_cancelled_child {
using course::diff::sleep;  // asyncio.sleep(delay, result)

// type(r).__name__ of each result: str, or the exception's class.
std::string names(const std::vector<course::outcome<std::string>>& results) {
  std::vector<std::string> out;
  for (const auto& r : results) {
    out.push_back(r.error ? course::py::exception_name(r.error) : "str");
  }
  return course::py::list(out);
}

// g = asyncio.gather(...): a task here, to be awaited later (asyncio's is a future).
awaitable<std::vector<course::outcome<std::string>>> settled(course::task<std::string> a,
                                                             course::task<std::string> b) {
  auto w = course::gather(course::return_exceptions, a, b);
  co_return co_await std::move(w);
}

DIFF_CASE(gather_return_exceptions_cancelled_child) {
  auto ex = co_await asio::this_coro::executor;
  auto a = co_spawn(ex, sleep(3, "a"), use_task);
  auto b = co_spawn(ex, sleep(2, "b"), use_task);
  auto g = co_spawn(ex, settled(a, b), use_task);
  co_await course::sleep(1);
  a.cancel();
  auto res = co_await g.async_wait(use_awaitable);
  print(names(res));
  print("b:", *res[1].value, "g.cancelled():", g.cancelled());
}
}  // namespace gather_return_exceptions_cancelled_child
