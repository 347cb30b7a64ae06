// Solution of exercise 1 of 13: sleep (note 003 使用sleep).
// The lesson's code, drawn from lessons/sleep/sleep.cpp, namespace hello_world_after_a_second.
// `course exercise check sleep --file` this file passes.
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
#include <course/names.hpp>

#include <string>

namespace hello_world_after_a_second {

awaitable<std::string> hello_world() {
  co_await course::sleep(1);
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
