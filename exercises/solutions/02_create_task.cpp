// Solution of exercise 2 of 13: create_task (note 000 `asyncio.create_task()`).
// The lesson's code, drawn from lessons/create_task/create_task.cpp, namespace two_tasks.
// `course exercise check create_task --file` this file passes.
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
  auto ex = co_await asio::this_coro::executor;
  auto t1 = co_spawn(ex, task1(), use_task.of("task1"));
  auto t2 = co_spawn(ex, task2(), use_task.of("task2"));

  co_await t1.async_wait(use_awaitable);
  co_await t2.async_wait(use_awaitable);
}

void program() { course::run(async_main()); }

}  // namespace two_tasks

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "create_task", two_tasks::program);
}
