// Exercise 13's program, the course's own: no lesson holds it. tools/exercise.py makes the exercise
// and its solution from the namespace below, as it makes the others from their lessons.
#include <course/names.hpp>

#include <cstdint>

namespace off_the_loop {

// CPU-bound work, a plain function.
std::int64_t count_steps(std::int64_t n) {
  std::int64_t counter = 0;
  for (std::int64_t i = 0; i < n; ++i) counter += i;
  return counter;
}

awaitable<void> ticker() {
  for (int i = 0; i < 3; ++i) {
    print("tick " + course::py::str(i));
    co_await course::sleep(0.5);
  }
}

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto tick = co_spawn(ex, ticker(), use_task.of("ticker"));
  auto on_thread = course::to_thread(count_steps, 1000);
  const std::int64_t result = co_await std::move(on_thread);
  print("result " + course::py::str(result));
  co_await tick.async_wait(use_awaitable);
}

void program() { course::run(async_main()); }

}  // namespace off_the_loop
