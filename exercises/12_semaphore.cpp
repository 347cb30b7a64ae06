// Exercise 12 of 13: semaphore (note 000 异步锁和信号量).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check semaphore 检查。
//
// The Python (lessons/semaphore/five_jobs.py):
//
//   # A semaphore of two permits: five jobs of 1 s each take 3 s, in three waves (2, 2, 1).
//   import asyncio, time
//
//   async def job(name, semaphore):
//       async with semaphore:
//           print(f'{name}开始')
//           await asyncio.sleep(1)
//           print(f'{name}结束')
//
//   async def main():
//       semaphore = asyncio.Semaphore(2)
//       start = time.perf_counter()
//       await asyncio.gather(*(job(f'任务{i}', semaphore) for i in range(1, 6)))
//       print(f'用时{time.perf_counter() - start:.2f}秒')
//
//   asyncio.run(main())
//
// Write the Asio where the TODOs are. Then `course exercise check semaphore` builds this file, runs
// it in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint semaphore` gives one more hint each time; `course watch` checks on every
// save and moves on when it passes.
#include <course/names.hpp>
#include <course/lock.hpp>

#include <string>

namespace five_jobs {

awaitable<void> job(std::string name, [[maybe_unused]] course::semaphore* semaphore) {
  // TODO: take one of the semaphore's two permits for the whole job (async with semaphore:), so
  // that at most two jobs run at once.
  print(name + "开始");
  co_await course::sleep(1);
  print(name + "结束");
}

awaitable<void> async_main() {
  course::semaphore semaphore(co_await asio::this_coro::executor, 2);
  const auto start = course::clock::now();
  co_await (job("任务1", &semaphore) && job("任务2", &semaphore) && job("任务3", &semaphore) &&
            job("任务4", &semaphore) && job("任务5", &semaphore));
  print("用时" + course::py::fixed(course::seconds_since(start), 2) + "秒");
}

void program() { course::run(async_main()); }

}  // namespace five_jobs

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "semaphore", five_jobs::program);
}
