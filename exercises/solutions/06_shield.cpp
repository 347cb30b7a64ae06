// Solution of exercise 6 of 13: shield (note 003 保户任务不被取消).
// The lesson's code, drawn from lessons/shield/shield.cpp, namespace shield_task.
// `course exercise check shield --file` this file passes.
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
#include <course/names.hpp>

namespace shield_task {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task.of("delay"));
  bool timed_out = false;  // co_await may not stand in a catch block: the except block's await
  try {                    // waits below it
    auto shielded = course::wait_for(course::shield(long_task), 4);
    int result = co_await std::move(shielded);
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
