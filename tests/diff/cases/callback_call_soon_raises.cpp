// A call_soon callback that raises is logged ("Exception in callback") and the loop runs on.
#include "../diff_case.hpp"
namespace callback_call_soon_raises {

void bad() { throw std::runtime_error("callback failed"); }

DIFF_CASE_RETURNING(callback_call_soon_raises, std::string) {
  auto ex = co_await asio::this_coro::executor;
  asio::post(ex, bad);
  asio::post(ex, [] { print("the next callback still runs"); });
  co_await course::sleep(1.0);
  print("main goes on");
  co_return std::string("ok");
}
}  // namespace callback_call_soon_raises
