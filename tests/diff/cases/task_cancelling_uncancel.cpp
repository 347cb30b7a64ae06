// cancelling() counts cancel() calls; uncancel() takes one back; a task that catches CancelledError
// goes on.
#include "../diff_case.hpp"
namespace task_cancelling_uncancel {

awaitable<std::string> stubborn() {
  try {
    co_await course::sleep(10);
  } catch (const boost::system::system_error&) {
    auto me = *course::current_task();
    print("caught; cancelling() =", me.cancelling());
    print("uncancel() ->", me.uncancel());
    print("uncancel() ->", me.uncancel());
  }
  co_await course::sleep(1);
  print("went on to the end");
  co_return "done";
}

DIFF_CASE(task_cancelling_uncancel) {
  auto ex = co_await asio::this_coro::executor;
  auto t = co_spawn(ex, stubborn(), use_task);
  co_await course::sleep(0.5);
  print("cancel() ->", t.cancel());
  print("cancel() ->", t.cancel());
  print("cancelling() =", t.cancelling());
  std::string result = co_await t.async_wait(use_awaitable);
  print("result:", result);
  print("cancelled():", t.cancelled(), "cancelling() =", t.cancelling());
  print("cancel() on a done task ->", t.cancel());
}
}  // namespace task_cancelling_uncancel
