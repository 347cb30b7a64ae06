// Exercise 4 of 13: gather (note 004 多个task带返回值).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check gather 检查。
//
// The Python (lessons/gather/gather_coroutines.py):
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
//
//       print(f"started at {time.strftime('%X')}")
//
//       ret1 = await asyncio.gather(say_after(1,'hello'), say_after(2,'world'))
//
//       print(ret1)
//
//       print(f"finished at {time.strftime('%X')}")
//
//   asyncio.run(main())
//   # started at 12:57:37
//   # ['hello - 1', 'world - 2']
//   # finished at 12:57:39
//
// Write the Asio where the TODOs are. Then `course exercise check gather` builds this file, runs it
// in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint gather` gives one more hint each time; `course watch` checks on every save
// and moves on when it passes.
#include <course/names.hpp>

#include <string>
#include <vector>

// 004 多个task带返回值: say_after, shared by its programs
awaitable<std::string> say_after(int delay, std::string what) {
  co_await course::sleep(delay);
  co_return what + " - " + course::py::str(delay);
}

namespace gather_coroutines {

awaitable<void> async_main() {
  print("started at " + course::time_of_day());

  // TODO: run both coroutines concurrently and collect their results in order, as
  // asyncio.gather does: one co_await for the two.
  std::vector<std::string> ret1;
  ret1.push_back(co_await say_after(1, "hello"));
  ret1.push_back(co_await say_after(2, "world"));

  print(course::py::list(ret1));

  print("finished at " + course::time_of_day());
}

void program() { course::run(async_main()); }

}  // namespace gather_coroutines

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "gather", gather_coroutines::program);
}
