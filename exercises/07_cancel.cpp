// Exercise 7 of 13: cancel (note 003 取消任务).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check cancel 检查。
//
// The Python (lessons/cancel/cancel.py):
//
//   import asyncio
//   from asyncio import CancelledError
//   from util import delay
//   async def main():
//       long_task=asyncio.create_task(delay(10))
//       seconds_elapsed=0
//       while not long_task.done():
//           print("任务还在运行")
//           await asyncio.sleep(1)
//           seconds_elapsed+=1
//           if seconds_elapsed==5:
//               long_task.cancel()
//       try:
//           await long_task
//       except CancelledError:
//           print("任务被取消了")
//
//   if __name__ == '__main__':
//       asyncio.run(main())
//
// Write the Asio where the TODOs are. Then `course exercise check cancel` builds this file, runs it
// in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint cancel` gives one more hint each time; `course watch` checks on every save
// and moves on when it passes.
#include <course/names.hpp>

namespace cancel_task {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task.of("delay"));
  int seconds_elapsed = 0;
  while (!long_task.done()) {
    print("任务还在运行");
    co_await course::sleep(1);
    seconds_elapsed += 1;
    if (seconds_elapsed == 5) {
      // TODO: after 5 seconds, cancel the task (long_task.cancel()).
    }
  }
  // TODO: awaiting a cancelled task throws (CancelledError): catch it and print 任务被取消了.
  co_await long_task.async_wait(use_awaitable);
}

void program() { course::run(async_main()); }

}  // namespace cancel_task

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "cancel", cancel_task::program);
}
