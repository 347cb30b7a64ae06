// Solution of exercise 13 of 13: to_thread (note 003 尝试运行多个CPU密集型函数).
// The lesson's code, the course's own.
// `course exercise check to_thread --file` this file passes.
//
// The Python (exercises/13_to_thread.py):
//
//   # The CPU-bound fix: the blocking work on a thread of the loop's pool, so that the loop stays
//   # free (the ticker goes on while it counts).
//   import asyncio
//
//
//   def count_steps(n):
//       counter = 0
//       for i in range(n):
//           counter += i
//       return counter
//
//
//   async def ticker():
//       for i in range(3):
//           print(f'tick {i}')
//           await asyncio.sleep(0.5)
//
//
//   async def main():
//       tick = asyncio.create_task(ticker())
//       result = await asyncio.to_thread(count_steps, 1000)
//       print(f'result {result}')
//       await tick
//
//   asyncio.run(main())
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

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "to_thread", off_the_loop::program);
}
