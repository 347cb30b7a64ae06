// Solution of exercise 9 of 13: call_soon (note 003 访问事件循环).
// The lesson's code, drawn from lessons/call_soon/call_soon.cpp, namespace call_soon_callback.
// `course exercise check call_soon --file` this file passes.
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
#include <course/names.hpp>

namespace call_soon_callback {

void call_later() { print("call later"); }

awaitable<void> async_main() {
  auto loop = co_await asio::this_coro::executor;  // asyncio.get_running_loop()
  asio::post(loop, call_later);
  co_await course::delay(1);
}

void program() { course::run(async_main()); }

}  // namespace call_soon_callback

int main(int argc, char** argv) {
  return course::exercise_main(argc, argv, "call_soon", call_soon_callback::program);
}
