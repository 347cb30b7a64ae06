// Exercise 3 of 13: await_each (note 004 多个task带返回值).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check await_each 检查。
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
//
// Write the Asio where the TODOs are. Then `course exercise check await_each` builds this file,
// runs it in virtual time and compares each line it prints, and when, with CPython's run of the
// Python; `course exercise hint await_each` gives one more hint each time; `course watch` checks on
// every save and moves on when it passes.
#include <course/names.hpp>

#include <string>

// 004 多个task带返回值: say_after, shared by its programs
awaitable<std::string> say_after(int delay, std::string what) {
  co_await course::sleep(delay);
  co_return what + " - " + course::py::str(delay);
}

namespace await_each {

awaitable<void> async_main() {
  // TODO: make both say_after calls tasks before anything waits, so that they sleep at the same
  // time; then await each task for its result. Awaited in turn, as here, they take 3 s, not 2.
  print("started at " + course::time_of_day());

  std::string ret1 = co_await say_after(1, "hello");
  std::string ret2 = co_await say_after(2, "world");

  print(ret1);
  print(ret2);

  print("finished at " + course::time_of_day());
}

void program() { course::run(async_main()); }

}  // namespace await_each

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "await_each", await_each::program);
}
