// What Asio itself allows, for bench/bench.py to set beside the course and CPython: the same
// programs with Boost.Asio alone (no course task, no journal, no asyncio order). Each runs in two
// forms: the coroutines the lessons write, asio::awaitable<T> on any_io_executor, and the leanest
// Asio's C++20 coroutines allow, on the io_context's own executor type (--io-executor), which
// makes co_spawn's entry frame and every coroutine's frame smaller.
//
//     bench_asio_alone sleepers N [--io-executor]
//         N coroutines co_spawned at once, each sleeping 1 s on its own timer, their completions
//         counted: "N tasks slept 1 s: X s beyond the sleep, B bytes per task"
//     bench_asio_alone primitives N [--io-executor]
//         spawn_and_finish (N coroutines co_spawned at once, each ends at once, their completions
//         counted) and queue_handoff (N items through an experimental::channel of capacity 1):
//         "NAME: X us per operation"
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/channel.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "proc_status.hpp"

#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace asio = boost::asio;
using wall = std::chrono::steady_clock;

double seconds_since(wall::time_point start) {
  return std::chrono::duration<double>(wall::now() - start).count();
}

std::size_t done = 0;  // completions counted, the least a caller can learn of a coroutine's end
void count_done(std::exception_ptr) { ++done; }

template <typename Executor>
struct alone {
  template <typename T>
  using awaitable = asio::awaitable<T, Executor>;
  static constexpr asio::use_awaitable_t<Executor> use_awaitable{};
  using timer = asio::basic_waitable_timer<std::chrono::steady_clock,
                                           asio::wait_traits<std::chrono::steady_clock>, Executor>;
  using channel =
      asio::experimental::channel<Executor, void(boost::system::error_code, std::size_t)>;

  static awaitable<void> sleeper() {
    timer t(co_await asio::this_coro::executor, std::chrono::seconds(1));
    co_await t.async_wait(use_awaitable);
  }

  static void sleepers(std::size_t n) {
    asio::io_context io(1);
    const Executor ex = io.get_executor();
    malloc_trim(0);
    reset_peak();
    const std::size_t before = status_bytes("VmRSS");
    const auto start = wall::now();
    for (std::size_t i = 0; i < n; ++i) asio::co_spawn(ex, sleeper(), count_done);
    io.run();
    std::printf("%zu tasks slept 1 s: %.3f s beyond the sleep, %.0f bytes per task\n", n,
                seconds_since(start) - 1,
                static_cast<double>(status_bytes("VmHWM") - before) / static_cast<double>(n));
  }

  static awaitable<void> nothing() { co_return; }

  static awaitable<void> spawn_and_finish(std::size_t n) {
    auto ex = co_await asio::this_coro::executor;
    const auto start = wall::now();
    done = 0;
    for (std::size_t i = 0; i < n; ++i) asio::co_spawn(ex, nothing(), count_done);
    while (done < n) co_await asio::post(ex, use_awaitable);
    std::printf("spawn_and_finish: %.3f us per operation\n",
                seconds_since(start) * 1e6 / static_cast<double>(n));
  }

  static awaitable<void> produce(channel* c, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      co_await c->async_send(boost::system::error_code{}, i, use_awaitable);
    }
  }

  static awaitable<void> consume(channel* c, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) co_await c->async_receive(use_awaitable);
  }

  static void primitives(std::size_t n) {
    {
      asio::io_context io(1);
      asio::co_spawn(Executor(io.get_executor()), spawn_and_finish(n), asio::detached);
      io.run();
    }
    asio::io_context io(1);
    const Executor ex = io.get_executor();
    channel c(ex, 1);
    const auto start = wall::now();
    asio::co_spawn(ex, produce(&c, n), asio::detached);
    asio::co_spawn(ex, consume(&c, n), asio::detached);
    io.run();
    std::printf("queue_handoff: %.3f us per operation\n",
                seconds_since(start) * 1e6 / static_cast<double>(n));
  }
};

template <typename Executor>
void run(bool sleepers, std::size_t n) {
  if (sleepers) {
    alone<Executor>::sleepers(n);
  } else {
    alone<Executor>::primitives(n);
  }
}

int main(int argc, char** argv) {
  const bool io_executor = argc == 4 && std::strcmp(argv[3], "--io-executor") == 0;
  char* end = nullptr;
  const long n = argc == 3 || io_executor ? std::strtol(argv[2], &end, 10) : 0;
  const bool sleepers = n > 0 && std::strcmp(argv[1], "sleepers") == 0;
  const bool primitives = n > 0 && std::strcmp(argv[1], "primitives") == 0;
  if (!(sleepers || primitives) || n > 10'000'000 || *end != '\0') {
    std::fprintf(stderr,
                 "usage: bench_asio_alone sleepers|primitives N [--io-executor] (N from 1 to "
                 "10000000)\n");
    return 2;
  }
  const auto count = static_cast<std::size_t>(n);
  if (io_executor) {
    run<asio::io_context::executor_type>(sleepers, count);
  } else {
    run<asio::any_io_executor>(sleepers, count);
  }
  return 0;
}
