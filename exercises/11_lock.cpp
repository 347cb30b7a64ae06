// Exercise 11 of 13: lock (note 000 异步锁和信号量).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check lock 检查。
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
//
// Write the Asio where the TODOs are. Then `course exercise check lock` builds this file, runs it
// in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint lock` gives one more hint each time; `course watch` checks on every save
// and moves on when it passes.
#include <course/names.hpp>
#include <course/lock.hpp>

#include <string>

using course::py::str;

namespace with_lock {

int balance = 0;

awaitable<void> deposit(std::string name, [[maybe_unused]] course::lock* lock) {
  // TODO: hold the lock from here to the end of the function (async with lock:), so that no
  // other deposit reads the balance while this one sleeps.
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
