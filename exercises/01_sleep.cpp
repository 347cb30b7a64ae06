// Exercise 1 of 13: sleep (note 003 使用sleep).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check sleep 检查。
//
// The Python (lessons/sleep/hello_world.py):
//
//   import asyncio
//   async def hello_world()->str:
//       await asyncio.sleep(1)
//       return 'hello world'
//
//   async def main()->None:
//       message=await hello_world()
//       print(message)
//   if __name__ == '__main__':
//       asyncio.run(main())
//
// Write the Asio where the TODOs are. Then `course exercise check sleep` builds this file, runs it
// in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint sleep` gives one more hint each time; `course watch` checks on every save
// and moves on when it passes.
#include <course/names.hpp>

#include <string>

namespace hello_world_after_a_second {

awaitable<std::string> hello_world() {
  // TODO: wait one second here, as `await asyncio.sleep(1)` does, without blocking the loop.
  co_return "hello world";
}

awaitable<void> async_main() {
  std::string message = co_await hello_world();
  print(message);
}

void program() { course::run(async_main()); }

}  // namespace hello_world_after_a_second

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "sleep", hello_world_after_a_second::program);
}
