// main() cancelled (here by itself): asyncio.run() raises CancelledError.
#include "../diff_case.hpp"
namespace run_main_cancelled {
namespace asio = course::asio;
using asio::awaitable; using asio::co_spawn; using asio::use_awaitable;
using course::print; using course::use_task;

DIFF_CASE(run_main_cancelled) {
  course::detail::current_task()->cancel();
  print("cancel requested");
  co_await course::sleep(1.0);
  print("never printed");
}
}  // namespace run_main_cancelled
