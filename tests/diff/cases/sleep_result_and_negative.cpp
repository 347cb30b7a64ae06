// sleep(delay, result) returns result; a negative delay acts like sleep(0) and still yields once.
#include "../diff_case.hpp"
namespace sleep_result_and_negative {
using course::diff::sleep;  // asyncio.sleep(delay, result)

DIFF_CASE_RETURNING(sleep_result_and_negative, std::string) {
  auto ex = co_await asio::this_coro::executor;
  std::string r = co_await sleep(1, "醒了");
  print("sleep(1) ->", r);
  asio::post(ex, [] { print("callback queued before sleep(-5)"); });
  r = co_await sleep(-5, "negative");
  print("sleep(-5) ->", r);
  co_return r;
}
}  // namespace sleep_result_and_negative
