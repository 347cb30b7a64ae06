// Solution of exercise 3 of 13: await_each (note 004 多个task带返回值).
// The lesson's code, drawn from lessons/gather/gather.cpp, namespace await_each.
// `course exercise check await_each --file` this file passes.
//
// The Python (lessons/gather/await_each.py):
//
//   import asyncio
//   import time
//
//
//   async def say_after(delay, what):
//       await asyncio.sleep(delay)
//       return f"{what} - {delay}"
//
//   async def main():
//       task1 = asyncio.create_task(
//           say_after(1,'hello')
//       )
//
//       task2 = asyncio.create_task(
//           say_after(2,'world')
//       )
//       print(f"started at {time.strftime('%X')}")
//
//       ret1 = await task1
//       ret2 = await task2
//
//       print(ret1)
//       print(ret2)
//
//       print(f"finished at {time.strftime('%X')}")
//
//   asyncio.run(main())
//   #started at 12:49:25
//   #hello - 1
//   #world - 2
#include <course/names.hpp>

#include <string>

// 004 多个task带返回值: say_after, shared by its programs
awaitable<std::string> say_after(int delay, std::string what) {
  co_await course::sleep(delay);
  co_return what + " - " + course::py::str(delay);
}

namespace await_each {

awaitable<void> async_main() {
  auto ex = co_await asio::this_coro::executor;
  auto task1 = co_spawn(ex, say_after(1, "hello"), use_task.of("say_after"));
  auto task2 = co_spawn(ex, say_after(2, "world"), use_task.of("say_after"));
  print("started at " + course::time_of_day());

  std::string ret1 = co_await task1.async_wait(use_awaitable);
  std::string ret2 = co_await task2.async_wait(use_awaitable);

  print(ret1);
  print(ret2);

  print("finished at " + course::time_of_day());
}

void program() { course::run(async_main()); }

}  // namespace await_each

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "await_each", await_each::program);
}
