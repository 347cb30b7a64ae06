// A callback scheduled by a callback runs on the next loop turn, after the tasks already ready.
#include "../diff_case.hpp"
namespace call_soon_from_callback_next_turn {

void second() { print("second callback"); }

void first(asio::any_io_executor ex) {
  print("first callback");
  asio::post(ex, second);
}

awaitable<void> ticker() {
  for (int i = 0; i < 3; ++i) {
    print("tick", i);
    co_await course::sleep(0.0);
  }
}

DIFF_CASE(call_soon_from_callback_next_turn) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, ticker(), use_task);
  asio::any_io_executor loop = ex;
  asio::post(ex, [loop] { first(loop); });
  co_await t.async_wait(use_awaitable);
}
}  // namespace call_soon_from_callback_next_turn
