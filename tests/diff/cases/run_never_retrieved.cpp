// A task fails and nobody awaits it: "Task exception was never retrieved" is logged when it is
// collected.
#include "../diff_case.hpp"
namespace run_never_retrieved {

awaitable<void> fail() {
  co_await course::sleep(1.0);
  print("fail: raising");
  throw std::invalid_argument("nobody awaits me");
}

DIFF_CASE(run_never_retrieved) {
  auto ex = co_await asio::this_coro::executor;
  co_spawn(ex, fail(), use_task);
  co_await course::sleep(2.0);
  print("main ends");
}
}  // namespace run_never_retrieved
