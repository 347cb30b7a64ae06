// Solution of exercise 5 of 13: wait_for (note 003 设置超时并使用`wait_for`执行取消).
// The lesson's code, drawn from lessons/wait_for/wait_for.cpp, namespace wait_for_timeout.
// `course exercise check wait_for --file` this file passes.
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
#include <course/names.hpp>

namespace wait_for_timeout {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto long_task = co_spawn(ex, course::delay(10), use_task.of("delay"));
  try {
    auto wait = course::wait_for(long_task, 4);
    int result = co_await std::move(wait);
    print(result);
  } catch (const course::timeout_error&) {
    print("任务超时");
  }
}

void program() { course::run(async_main()); }

}  // namespace wait_for_timeout

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "wait_for", wait_for_timeout::program);
}
