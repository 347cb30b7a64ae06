// Exercise 6 of 13: shield (note 003 保户任务不被取消).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check shield 检查。
//
// The Python (lessons/shield/shield.py):
//
//   import asyncio
//   from asyncio import CancelledError
//   from util import delay
//   async def main():
//       long_task=asyncio.create_task(delay(10))
//       try:
//           result=await asyncio.wait_for(asyncio.shield(long_task),timeout=4)
//           print(result)
//       except asyncio.TimeoutError:
//           print("任务超时")
//           result=await long_task
//           print(result)
//
//
//   if __name__ == '__main__':
//       asyncio.run(main())
//
// Write the Asio where the TODOs are. Then `course exercise check shield` builds this file, runs it
// in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint shield` gives one more hint each time; `course watch` checks on every save
// and moves on when it passes.
#include <course/names.hpp>

namespace shield_task {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task.of("delay"));
  bool timed_out = false;  // co_await may not stand in a catch block: the except block's await
  try {                    // waits below it
    // TODO: the timeout cancels the task it waits for; protect the task (asyncio.shield), so that
    // it runs on after the timeout and the await below gets its result.
    auto wait = course::wait_for(long_task, 4);
    int result = co_await std::move(wait);
    print(result);
  } catch (const course::timeout_error&) {
    print("任务超时");
    timed_out = true;
  }
  if (timed_out) {
    int result = co_await long_task.async_wait(use_awaitable);
    print(result);
  }
}

void program() { course::run(async_main()); }

}  // namespace shield_task

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "shield", shield_task::program);
}
