// Exercise 5 of 13: wait_for (note 003 设置超时并使用`wait_for`执行取消).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check wait_for 检查。
//
// The Python (lessons/wait_for/wait_for.py):
//
//   import asyncio
//   from asyncio import CancelledError
//   from util import delay
//   async def main():
//       long_task=asyncio.create_task(delay(10))
//       try:
//           result=await asyncio.wait_for(long_task,timeout=4)
//           print(result)
//       except asyncio.TimeoutError:
//           print("任务超时")
//
//   if __name__ == '__main__':
//       asyncio.run(main())
//   """
//   睡10秒
//   任务超时
//   """
//
// Write the Asio where the TODOs are. Then `course exercise check wait_for` builds this file, runs
// it in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint wait_for` gives one more hint each time; `course watch` checks on every
// save and moves on when it passes.
#include <course/names.hpp>

namespace wait_for_timeout {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task.of("delay"));
  // TODO: wait at most 4 seconds for the task (asyncio.wait_for), and print 任务超时 when the
  // time is up (asyncio.TimeoutError). Here it waits the full 10 s.
  int result = co_await long_task.async_wait(use_awaitable);
  print(result);
}

void program() { course::run(async_main()); }

}  // namespace wait_for_timeout

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "wait_for", wait_for_timeout::program);
}
