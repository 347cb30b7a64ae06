// Without return_exceptions, gather raises the first error at once; the other children keep
// running.
#include "../diff_case.hpp"
namespace gather_first_error {

awaitable<std::string> job(std::string name, double delay, bool fail = false) {
  co_await course::sleep(delay);
  if (fail) throw std::invalid_argument(name + " failed");
  print(name, "finished");
  co_return name;
}

DIFF_CASE(gather_first_error) {
  auto ex = co_await asio::this_coro::executor;
  auto a = co_spawn(ex, job("a", 3), use_task);
  try {
    auto w = course::gather(a, job("b", 1, true), job("c", 2));
    co_await std::move(w);
  } catch (const std::invalid_argument& e) {
    print("gather raised:", e.what());
  }
  print("a done?", a.done());
  co_await course::sleep(3.0);
  print("a done?", a.done(), a.result());
}
}  // namespace gather_first_error
