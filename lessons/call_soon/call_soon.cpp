// Lesson: call_soon. loop.call_soon(fn) queues fn to run on the loop's next turn: after the
// current task yields, in FIFO order with the other ready work.
//
// asio::post(executor, fn) is exactly that: it queues fn on the executor and never runs it inside
// the call. (asio::dispatch would run it at once when already on the loop.)
#include <course/names.hpp>

// 003 访问事件循环
namespace call_soon_callback {

void call_later() { print("call later"); }

awaitable<void> async_main() {
  auto loop = co_await asio::this_coro::executor;  // asyncio.get_running_loop()
  asio::post(loop, call_later);
  co_await course::delay(1);
}

void program() { course::run(async_main()); }

const course::program descriptor = {.variant = "call_soon",
                                    .note = course::note_003,
                                    .section = "访问事件循环",
                                    .run = program,
                                    .claims = {printed_at("睡1秒", 0), printed_at("call later", 0),
                                               printed_at("结束睡眠1秒", 1), course::ends_at(1)}};

}  // namespace call_soon_callback

int main(int argc, char** argv) {
  return course::lesson_main(
      argc, argv,
      {.name = "call_soon",
       .teaches = N_("asio::post(executor, fn): run fn on the loop's next turn"),
       .programs = {call_soon_callback::descriptor}});
}
