// Exercise 2 of 13: create_task (note 000 `asyncio.create_task()`).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check create_task 检查。
//
// The Python (lessons/create_task/two_tasks.py):
//
//   import asyncio
//
//   async def task1():
//       print("Task 1: Start")
//       await asyncio.sleep(1)  # 模拟I/O操作，暂停1秒
//       print("Task 1: End")
//
//   async def task2():
//       print("Task 2: Start")
//       await asyncio.sleep(2)  # 模拟I/O操作，暂停2秒
//       print("Task 2: End")
//
//   async def main():
//       # 创建任务
//       t1 = asyncio.create_task(task1())
//       t2 = asyncio.create_task(task2())
//
//       # 等待任务完成
//       await t1
//       await t2
//
//   # 运行事件循环
//   asyncio.run(main())
//
// Write the Asio where the TODOs are. Then `course exercise check create_task` builds this file,
// runs it in virtual time and compares each line it prints, and when, with CPython's run of the
// Python; `course exercise hint create_task` gives one more hint each time; `course watch` checks
// on every save and moves on when it passes.
#include <course/names.hpp>

namespace two_tasks {

awaitable<void> task1() {
  print("Task 1: Start");
  co_await course::sleep(1);
  print("Task 1: End");
}

awaitable<void> task2() {
  print("Task 2: Start");
  co_await course::sleep(2);
  print("Task 2: End");
}

awaitable<void> async_main() {
  // TODO: start task1() and task2() as tasks, both at once (asyncio.create_task), then wait for
  // each. Awaited one after the other, as here, they take 3 s instead of 2.
  co_await task1();
  co_await task2();
}

void program() { course::run(async_main()); }

}  // namespace two_tasks

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "create_task", two_tasks::program);
}
