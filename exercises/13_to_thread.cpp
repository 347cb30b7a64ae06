// Exercise 13 of 13: to_thread (note 003 尝试运行多个CPU密集型函数).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check to_thread 检查。
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
//
// Write the Asio where the TODOs are. Then `course exercise check to_thread` builds this file, runs
// it in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint to_thread` gives one more hint each time; `course watch` checks on every
// save and moves on when it passes.
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
  // TODO: run count_steps(1000) on a thread of the loop's pool (asyncio.to_thread) and await its
  // result, so that the ticker runs while it counts. Called here, it holds the loop.
  const std::int64_t result = count_steps(1000);
  print("result " + course::py::str(result));
  co_await tick.async_wait(use_awaitable);
}

void program() { course::run(async_main()); }

}  // namespace off_the_loop

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "to_thread", off_the_loop::program);
}
