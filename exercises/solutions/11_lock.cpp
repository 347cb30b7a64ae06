// Solution of exercise 11 of 13: lock (note 000 异步锁和信号量).
// The lesson's code, drawn from lessons/lock/lock.cpp, namespace with_lock.
// `course exercise check lock --file` this file passes.
//
// The Python (lessons/lock/with_lock.py):
//
//   # The same deposits with a lock held across the await: they take their turns, 300 in 3 s.
//   import asyncio
//
//   balance = 0
//
//   async def deposit(name, lock):
//       global balance
//       async with lock:
//           current = balance
//           await asyncio.sleep(1)
//           balance = current + 100
//           print(f'{name}存入100，余额{balance}')
//
//   async def main():
//       lock = asyncio.Lock()
//       await asyncio.gather(*(deposit(f'任务{i}', lock) for i in range(1, 4)))
//       print(f'最终余额{balance}')
//
//   asyncio.run(main())
#include <course/names.hpp>
#include <course/lock.hpp>

#include <string>

using course::py::str;

namespace with_lock {

int balance = 0;

// The first program's deposit, inside the lock: the difference is the lesson (HACKING.md,
// "Repetition we keep").
awaitable<void> deposit(std::string name, course::lock* lock) {
  co_await lock->async_acquire(use_awaitable);
  course::releaser release(*lock);
  const int current = balance;
  co_await course::sleep(1);
  balance = current + 100;
  print(name + "存入100，余额" + str(balance));
}

awaitable<void> async_main() {
  balance = 0;
  course::lock lock(co_await asio::this_coro::executor);
  co_await (deposit("任务1", &lock) && deposit("任务2", &lock) && deposit("任务3", &lock));
  print("最终余额" + str(balance));
}

void program() { course::run(async_main()); }

}  // namespace with_lock

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "lock", with_lock::program);
}
