// call_soon() callbacks run in FIFO order, only once the current task yields, before it resumes.
#include "../diff_case.hpp"
namespace call_soon_fifo {

DIFF_CASE(call_soon_fifo) {
  auto ex = co_await asio::this_coro::executor;
  for (int i = 0; i < 3; ++i) asio::post(ex, [i] { print("callback", i); });
  print("scheduled three, none ran yet");
  co_await course::sleep(0.0);
  print("after sleep(0)");
}
}  // namespace call_soon_fifo
