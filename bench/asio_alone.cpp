// What Asio itself allows, for bench/bench.py to set beside the course and CPython: the same
// programs with Boost.Asio alone (no course task, no journal, no asyncio order), each as lean as
// Asio's C++20 coroutines make it.
//
//     bench_asio_alone sleepers N   N coroutines co_spawned at once, each sleeping 1 s on its own
//                                   asio::steady_timer, their completions counted:
//                                   "N tasks slept 1 s: X s beyond the sleep, B bytes per task"
//     bench_asio_alone primitives N spawn_and_finish (N coroutines co_spawned at once, each ends at
//                                   once, their completions counted) and queue_handoff (N items
//                                   through an experimental::channel of capacity 1):
//                                   "NAME: X us per operation"
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/channel.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace asio = boost::asio;
using wall = std::chrono::steady_clock;

// Resident memory in bytes, as /proc/self/status has it (the scale lesson reads it the same way).
std::size_t status_bytes(const std::string& field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind(field + ":", 0) == 0) return std::stoul(line.substr(field.size() + 1)) * 1024;
  }
  return 0;
}

double seconds_since(wall::time_point start) {
  return std::chrono::duration<double>(wall::now() - start).count();
}

std::size_t done = 0;  // completions counted, the least a caller can learn of a coroutine's end
void count_done(std::exception_ptr) { ++done; }

asio::awaitable<void> sleeper() {
  asio::steady_timer timer(co_await asio::this_coro::executor, std::chrono::seconds(1));
  co_await timer.async_wait(asio::use_awaitable);
}

void sleepers(std::size_t n) {
  asio::io_context io(1);
  malloc_trim(0);
  std::ofstream("/proc/self/clear_refs") << "5";  // the peak restarts from here
  const std::size_t before = status_bytes("VmRSS");
  const auto start = wall::now();
  for (std::size_t i = 0; i < n; ++i) asio::co_spawn(io, sleeper(), count_done);
  io.run();
  std::printf("%zu tasks slept 1 s: %.3f s beyond the sleep, %.0f bytes per task\n", n,
              seconds_since(start) - 1,
              static_cast<double>(status_bytes("VmHWM") - before) / static_cast<double>(n));
}

asio::awaitable<void> nothing() { co_return; }

asio::awaitable<void> spawn_and_finish(std::size_t n) {
  auto ex = co_await asio::this_coro::executor;
  const auto start = wall::now();
  done = 0;
  for (std::size_t i = 0; i < n; ++i) asio::co_spawn(ex, nothing(), count_done);
  while (done < n) co_await asio::post(ex, asio::use_awaitable);
  std::printf("spawn_and_finish: %.3f us per operation\n",
              seconds_since(start) * 1e6 / static_cast<double>(n));
}

using channel = asio::experimental::channel<void(boost::system::error_code, std::size_t)>;

asio::awaitable<void> produce(channel* c, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    co_await c->async_send(boost::system::error_code{}, i, asio::use_awaitable);
  }
}

asio::awaitable<void> consume(channel* c, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) co_await c->async_receive(asio::use_awaitable);
}

void queue_handoff(std::size_t n) {
  asio::io_context io(1);
  channel c(io, 1);
  const auto start = wall::now();
  asio::co_spawn(io, produce(&c, n), asio::detached);
  asio::co_spawn(io, consume(&c, n), asio::detached);
  io.run();
  std::printf("queue_handoff: %.3f us per operation\n",
              seconds_since(start) * 1e6 / static_cast<double>(n));
}

int main(int argc, char** argv) {
  char* end = nullptr;
  const long n = argc == 3 ? std::strtol(argv[2], &end, 10) : 0;
  const bool sleep = argc == 3 && std::strcmp(argv[1], "sleepers") == 0;
  const bool primitives = argc == 3 && std::strcmp(argv[1], "primitives") == 0;
  if (!(sleep || primitives) || n < 1 || n > 10'000'000 || *end != '\0') {
    std::fprintf(stderr, "usage: bench_asio_alone sleepers|primitives N (N from 1 to 10000000)\n");
    return 2;
  }
  const auto count = static_cast<std::size_t>(n);
  if (sleep) {
    sleepers(count);
    return 0;
  }
  {
    asio::io_context io(1);
    asio::co_spawn(io, spawn_and_finish(count), asio::detached);
    io.run();
  }
  queue_handoff(count);
  return 0;
}
