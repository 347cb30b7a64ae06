// Exercise 9 of 13: call_soon (note 003 访问事件循环).
// 练习：把下面的 Python 译成 Asio，写在 TODO 处；course exercise check call_soon 检查。
//
// The Python (lessons/call_soon/call_soon.py):
//
//   import asyncio
//   from util import delay
//   def call_later():
//       print("call later")
//   async def main():
//       loop=asyncio.get_running_loop()
//       loop.call_soon(call_later)
//       await delay(1)
//
//   if __name__ == '__main__':
//       asyncio.run(main())
//
// Write the Asio where the TODOs are. Then `course exercise check call_soon` builds this file, runs
// it in virtual time and compares each line it prints, and when, with CPython's run of the Python;
// `course exercise hint call_soon` gives one more hint each time; `course watch` checks on every
// save and moves on when it passes.
#include <course/names.hpp>

namespace call_soon_callback {

void call_later() { print("call later"); }

awaitable<void> async_main() {
  auto loop = co_await asio::this_coro::executor;  // asyncio.get_running_loop()
  // TODO: do not call it now: hand call_later to the loop, which runs it once this coroutine
  // gives the loop back (loop.call_soon).
  (void)loop;
  call_later();
  co_await course::delay(1);
}

void program() { course::run(async_main()); }

}  // namespace call_soon_callback

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "call_soon", call_soon_callback::program);
}
