// gather() with no arguments returns [] without suspending: its future is done already.
#include "../diff_case.hpp"
namespace gather_empty_no_yield {

DIFF_CASE(gather_empty_no_yield) {
  auto ex = co_await asio::this_coro::executor;
  asio::post(ex, [] { print("callback"); });
  auto w = course::gather(std::vector<course::task<int>>{});
  auto res = co_await std::move(w);
  print("gather() ->", course::py::list(res));
  co_await course::sleep(0.0);
  print("after sleep(0)");
}
}  // namespace gather_empty_no_yield
