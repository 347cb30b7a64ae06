// return_exceptions=True puts the exceptions in the result list; gather itself succeeds.
#include "../diff_case.hpp"
namespace gather_return_exceptions {

awaitable<int> job(int i) {
  co_await course::sleep(double(i));
  if (i == 2) throw std::out_of_range("two");
  if (i == 3) throw std::runtime_error("three");
  print("job", i, "ok");
  co_return i * 10;
}

DIFF_CASE(gather_return_exceptions) {
  auto ex = co_await asio::this_coro::executor;
  // gather(..., return_exceptions=True): a task per coroutine, each awaited in turn
  std::vector<course::task<int>> ts;
  for (int i = 1; i < 5; ++i) ts.push_back(co_spawn(ex, job(i), use_task));
  std::vector<std::string> res;
  for (auto& t : ts) {
    auto w = t.async_wait(asio::as_tuple(use_awaitable));
    auto [e, v] = co_await std::move(w);
    res.push_back(e ? course::py::exception_name(e) + " " + course::py::exception_message(e)
                    : "int " + course::py::str(v));
  }
  for (auto& r : res) print(r);
}
}  // namespace gather_return_exceptions
