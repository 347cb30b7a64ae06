// wait() on an empty collection raises ValueError at once.
#include "../diff_case.hpp"
namespace wait_empty_set {

DIFF_CASE(wait_empty_set) {
  auto ex = co_await asio::this_coro::executor;
  try {
    auto w = course::wait(std::vector<course::task<void>>{});
    co_await std::move(w);
  } catch (const std::invalid_argument& e) {
    print("ValueError:", e.what());
  }
  co_await course::sleep(1.0);
  auto w = course::wait(std::vector{co_spawn(ex, course::sleep(1.0), use_task)});
  auto [done, pending] = co_await std::move(w);
  print("one task:", done.size(), pending.size());
}
}  // namespace wait_empty_set
