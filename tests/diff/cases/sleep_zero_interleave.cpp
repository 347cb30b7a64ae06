// sleep(0) yields exactly one loop turn: two tasks looping on it alternate step by step.
#include "../diff_case.hpp"
namespace sleep_zero_interleave {

awaitable<void> spin(std::string name, int n) {
  for (int i = 0; i < n; ++i) {
    print(name, i);
    co_await course::sleep(0.0);
  }
  print(name, "done");
}

DIFF_CASE(sleep_zero_interleave) {
  auto w = course::gather(spin("A", 3), spin("B", 3));
  co_await std::move(w);
}
}  // namespace sleep_zero_interleave
