// A call_soon handle cancelled before its turn never runs.
#include "../diff_case.hpp"
namespace call_soon_cancel_handle {

DIFF_CASE(call_soon_cancel_handle) {
  auto ex = co_await asio::this_coro::executor;
  auto h1 = course::call_soon(ex, [] { print("cancelled callback"); });
  course::call_soon(ex, [] { print("kept callback"); });
  h1.cancel();
  print("h1.cancelled():", h1.cancelled());
  co_await course::sleep(0.0);
  print("after one turn");
}
}  // namespace call_soon_cancel_handle
