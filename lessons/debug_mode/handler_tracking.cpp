// debug_mode_tracking: the debug_mode program with Asio's own debugging aid, handler tracking.
// Built with BOOST_ASIO_ENABLE_HANDLER_TRACKING, Asio writes a line to stderr for every handler:
//
//   @asio|<time>|<parent>*<id>|<object>@<address>.<operation>   handler <id> created, by <parent>
//   @asio|<time>|><id>|<arguments>                              handler <id> starts running
//   @asio|<time>|<<id>|                                         handler <id> returns
//   @asio|<time>|<id>^<child>|in '<function>' (<file>:<line>)   where a coroutine made <child>
//
// The time between `>N` and `<N` is how long handler N held the loop: that is where a blocking
// call shows up, as asyncio's debug mode reports it. The macro changes Asio's types, so this
// program uses Asio alone and none of the course runtime (which is built without it), and runs
// in real time only.
#define BOOST_ASIO_ENABLE_HANDLER_TRACKING 1

#include <boost/asio.hpp>

#include <chrono>
#include <cstdio>
#include <thread>

namespace asio = boost::asio;

asio::awaitable<void> async_main() {
  std::puts("blocking the loop");
  std::fflush(stdout);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // time.sleep(0.2)
  std::puts("done");
  std::fflush(stdout);
  co_return;
}

int main() {
  asio::io_context loop;
  asio::co_spawn(loop, async_main(), [](const std::exception_ptr& e) {
    if (e) std::rethrow_exception(e);
  });
  loop.run();
}
