// The course's primitives, each timed per operation, for bench/bench.py to set beside CPython's
// run of bench/asyncio_primitives.py: the same five programs, written as the lessons write them.
//
//     bench_primitives N          N tasks (items, waiters) each; one line per primitive:
//                                 "NAME: X us per operation"
//     bench_primitives --long N   a long run: two tasks hand N items over, one step each way per
//                                 item, and the memory the run held at its peak:
//                                 "long_run: N steps, X kB held"
#include <course/event.hpp>
#include <course/gather.hpp>
#include <course/lock.hpp>
#include <course/names.hpp>
#include <course/queue.hpp>

#include "proc_status.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using wall = std::chrono::steady_clock;

double micros_per(wall::time_point start, std::size_t n) {
  return std::chrono::duration<double, std::micro>(wall::now() - start).count() /
         static_cast<double>(n);
}

void say(const char* name, double micros) {
  std::printf("%s: %.3f us per operation\n", name, micros);
}

awaitable<void> nothing() { co_return; }

// spawn_and_finish: N tasks made with create_task, each ends at once and is awaited.
awaitable<void> spawn_and_finish(std::size_t n) {
  auto ex = co_await asio::this_coro::executor;
  const auto start = wall::now();
  std::vector<course::task<void>> tasks;
  tasks.reserve(n);
  for (std::size_t i = 0; i < n; ++i) tasks.push_back(co_spawn(ex, nothing(), use_task));
  for (const auto& t : tasks) co_await t.async_wait(use_awaitable);
  say("spawn_and_finish", micros_per(start, n));
}

// queue_handoff: a producer puts N items into a Queue(maxsize=1), a consumer gets them, so that
// every item passes from one task to the other.
awaitable<void> produce(course::queue<std::size_t>* q, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) co_await q->async_put(i, use_awaitable);
}
awaitable<void> consume(course::queue<std::size_t>* q, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) co_await q->async_get(use_awaitable);
}
awaitable<void> queue_handoff(std::size_t n) {
  auto ex = co_await asio::this_coro::executor;
  course::queue<std::size_t> q(ex, 1);
  const auto start = wall::now();
  auto producer = co_spawn(ex, produce(&q, n), use_task);
  auto consumer = co_spawn(ex, consume(&q, n), use_task);
  co_await producer.async_wait(use_awaitable);
  co_await consumer.async_wait(use_awaitable);
  say("queue_handoff", micros_per(start, n));
}

// event_wakes: N tasks wait on one Event; the time from set() until each has run on, per waiter.
awaitable<void> wait_for_event(course::event* e) { co_await e->async_wait(use_awaitable); }
awaitable<void> event_wakes(std::size_t n) {
  auto ex = co_await asio::this_coro::executor;
  course::event e(ex);
  std::vector<course::task<void>> waiters;
  waiters.reserve(n);
  for (std::size_t i = 0; i < n; ++i) waiters.push_back(co_spawn(ex, wait_for_event(&e), use_task));
  co_await course::sleep(0);  // each waiter now waits
  const auto start = wall::now();
  e.set();
  for (const auto& t : waiters) co_await t.async_wait(use_awaitable);
  say("event_wakes", micros_per(start, n));
}

// lock_contended: N tasks wait for a Lock that main holds; from its release, each takes the lock
// and gives it back in turn.
awaitable<void> take_and_give(course::lock* l) {
  co_await l->async_acquire(use_awaitable);
  l->release();
}
awaitable<void> lock_contended(std::size_t n) {
  auto ex = co_await asio::this_coro::executor;
  course::lock l(ex);
  co_await l.async_acquire(use_awaitable);
  std::vector<course::task<void>> tasks;
  tasks.reserve(n);
  for (std::size_t i = 0; i < n; ++i) tasks.push_back(co_spawn(ex, take_and_give(&l), use_task));
  co_await course::sleep(0);  // each task now waits for the lock
  const auto start = wall::now();
  l.release();
  for (const auto& t : tasks) co_await t.async_wait(use_awaitable);
  say("lock_contended", micros_per(start, n));
}

// gather_finished: gather over N tasks that have already ended.
awaitable<void> gather_finished(std::size_t n) {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<void>> tasks;
  tasks.reserve(n);
  for (std::size_t i = 0; i < n; ++i) tasks.push_back(co_spawn(ex, nothing(), use_task));
  co_await course::sleep(0);  // each task runs to its end
  const auto start = wall::now();
  co_await course::gather(std::move(tasks));
  say("gather_finished", micros_per(start, n));
}

// long_run: what a run holds does not grow with its steps when no picture is asked for.
awaitable<void> long_run(std::size_t n) {
  auto ex = co_await asio::this_coro::executor;
  reset_peak();
  const std::size_t before = status_bytes("VmRSS");
  course::queue<std::size_t> q(ex, 1);
  auto producer = co_spawn(ex, produce(&q, n), use_task);
  auto consumer = co_spawn(ex, consume(&q, n), use_task);
  co_await producer.async_wait(use_awaitable);
  co_await consumer.async_wait(use_awaitable);
  const auto kb = [](std::size_t bytes) { return static_cast<long>(bytes / 1024); };
  std::printf("long_run: %zu steps, %ld kB held\n", 2 * n, kb(status_bytes("VmHWM")) - kb(before));
}

int main(int argc, char** argv) {
  const bool long_form = argc == 3 && std::strcmp(argv[1], "--long") == 0;
  char* end = nullptr;
  const long n = argc == 2 || long_form ? std::strtol(argv[argc - 1], &end, 10) : 0;
  if (n < 1 || n > 100'000'000 || *end != '\0') {
    std::fprintf(stderr,
                 "usage: bench_primitives [--long] N (a whole number from 1 to 100000000)\n");
    return 2;
  }
  const auto count = static_cast<std::size_t>(n);
  if (long_form) {
    course::journal::begin_program();
    course::run(long_run(count));
    return 0;
  }
  for (auto* primitive :
       {spawn_and_finish, queue_handoff, event_wakes, lock_contended, gather_finished}) {
    course::journal::begin_program();
    course::run(primitive(count));
  }
  return 0;
}
