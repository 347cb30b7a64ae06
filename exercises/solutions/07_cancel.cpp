// Solution of exercise 7 of 13: cancel (note 003 取消任务).
// The lesson's code, drawn from lessons/cancel/cancel.cpp, namespace cancel_task.
// `course exercise check cancel --file` this file passes.
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
    if (seconds_elapsed == 5) long_task.cancel();
  }
  try {
    co_await long_task.async_wait(use_awaitable);
  } catch (const boost::system::system_error& e) {
    if (e.code() != asio::error::operation_aborted) throw;
    print("任务被取消了");
  }
}

void program() { course::run(async_main()); }

}  // namespace cancel_task

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "cancel", cancel_task::program);
}
