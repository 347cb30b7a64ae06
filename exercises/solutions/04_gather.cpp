// Solution of exercise 4 of 13: gather (note 004 多个task带返回值).
// The lesson's code, drawn from lessons/gather/gather.cpp, namespace gather_coroutines.
// `course exercise check gather --file` this file passes.
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

  std::vector<std::string> ret1 =
      co_await course::gather(say_after(1, "hello"), say_after(2, "world"));

  print(course::py::list(ret1));

  print("finished at " + course::time_of_day());
}

void program() { course::run(async_main()); }

}  // namespace gather_coroutines

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "gather", gather_coroutines::program);
}
