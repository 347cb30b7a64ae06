// Solution of exercise 12 of 13: semaphore (note 000 异步锁和信号量).
// The lesson's code, drawn from lessons/semaphore/semaphore.cpp, namespace five_jobs.
// `course exercise check semaphore --file` this file passes.
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
#include <course/names.hpp>
#include <course/lock.hpp>

#include <string>

namespace five_jobs {

awaitable<void> job(std::string name, course::semaphore* semaphore) {
  co_await semaphore->async_acquire(use_awaitable);
  course::releaser release(*semaphore);
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
