// Timers with the same deadline fire in the order they were scheduled, whoever scheduled them.
#include "../diff_case.hpp"
namespace sleep_equal_deadlines_fifo {

awaitable<void> sleeper(std::string name, double first, double second) {
  co_await course::sleep(first);
  print(name, "sets its 1.000 deadline");
  co_await course::sleep(second);
  print(name, "wakes");
}

DIFF_CASE(sleep_equal_deadlines_fifo) {
  auto w = course::gather(sleeper("a", 0.5, 0.5), sleeper("b", 0, 1), sleeper("c", 0.25, 0.75),
                          sleeper("d", 0, 1));
  co_await std::move(w);
}
}  // namespace sleep_equal_deadlines_fifo
