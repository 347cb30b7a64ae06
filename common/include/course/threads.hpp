// Work on threads: asyncio.to_thread, loop.run_in_executor, concurrent.futures.ThreadPoolExecutor.
//
//   await asyncio.to_thread(work, 21)           co_await course::to_thread(work, 21)
//   loop.run_in_executor(None, work)            course::run_in_executor(work)
//   with ThreadPoolExecutor(2) as pool:         course::thread_pool_executor pool(2);
//       await loop.run_in_executor(pool, work)  co_await course::run_in_executor(pool, work)
//                                                   .async_wait(use_awaitable);
//
// As asyncio's: the function runs on a thread of the pool and its result or exception comes back
// to the loop as a course::future, which the awaiting task awaits. Cancelling that task cancels
// the future at once; the thread cannot be stopped, so it finishes its work, whose result is
// dropped (a function not yet begun never runs). The default pool belongs to the loop: made on
// first use with min(32, cores + 4) threads, and joined when course::run ends, after the tasks,
// as asyncio.run shuts down its default executor. A thread_pool_executor joins its threads when
// it goes out of scope, as the with statement does (shutdown(wait=True)).
//
// Virtual time stands still while a thread works: the loop waits for the thread in real time
// instead of jumping to the next timer, and time_sleep on a thread other than the loop's returns
// at once (a thread's work takes no course time). vloop.py does the same for CPython.
#pragma once

#include "course/asio.hpp"
#include "course/future.hpp"
#include "course/loop.hpp"

#include <boost/asio/thread_pool.hpp>

#include <atomic>
#include <cstddef>
#include <exception>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace course {

// concurrent.futures.ThreadPoolExecutor(max_workers) in a with statement.
class thread_pool_executor {
 public:
  explicit thread_pool_executor(std::size_t max_workers = default_max_workers())
      : pool_(max_workers) {}
  thread_pool_executor(const thread_pool_executor&) = delete;
  thread_pool_executor& operator=(const thread_pool_executor&) = delete;
  // shutdown(wait=True): the work already given runs to its end. (~asio::thread_pool alone would
  // stop the pool first and drop the work not yet begun.)
  ~thread_pool_executor() { pool_.join(); }

  asio::thread_pool& pool() noexcept { return pool_; }
  static std::size_t default_max_workers();  // min(32, cores + 4), as ThreadPoolExecutor's

 private:
  asio::thread_pool pool_;
};

namespace detail {

template <typename R>
struct thread_outcome {
  std::exception_ptr error;
  std::optional<std::conditional_t<std::is_void_v<R>, std::monostate, R>> value;
};

// fn(args...) with its arguments kept by value, for the thread.
template <typename F, typename... Args>
struct bound_call {
  F fn;
  std::tuple<Args...> args;
  decltype(auto) operator()() { return std::apply(fn, args); }
};

// Runs fn on pool and settles f on the loop with its outcome, unless f was cancelled meanwhile.
// The loop is held (loop::hold) from here until the outcome has reached it, so virtual time
// waits for the thread instead of jumping past it.
template <typename R, typename F>
void start_on_thread(loop& l, asio::thread_pool& pool, F fn, future<R> f) {
  // Cancelling f before a thread has taken fn up means fn never runs (Future.cancel() on the
  // concurrent future, which asyncio's wrap_future calls from f's done callback).
  auto cancelled = std::make_shared<std::atomic<bool>>(false);
  f.add_done_callback([cancelled](future<R>& done) {
    if (done.cancelled()) cancelled->store(true);
  });
  auto held = std::make_shared<loop::hold>(l);
  asio::post(pool, [fn = std::move(fn), f = std::move(f), cancelled, held = std::move(held),
                    ex = l.get_executor()]() mutable {
    thread_outcome<R> outcome;
    if (!cancelled->load()) {
      try {
        if constexpr (std::is_void_v<R>) {
          fn();
          outcome.value.emplace();
        } else {
          outcome.value.emplace(fn());
        }
      } catch (...) {
        outcome.error = std::current_exception();
      }
    }
    asio::post(ex,
               [f = std::move(f), outcome = std::move(outcome), held = std::move(held)]() mutable {
                 if (f.done()) return;  // cancelled meanwhile: the result is dropped
                 if (outcome.error) {
                   f.set_exception(outcome.error);
                 } else if (outcome.value) {
                   f.set_result(std::move(*outcome.value));
                 }
               });
  });
}

}  // namespace detail

// loop.run_in_executor(pool, fn): fn() on a thread of pool; the future gets its outcome.
template <typename F, typename R = std::invoke_result_t<F&>>
future<R> run_in_executor(thread_pool_executor& pool, F fn) {
  auto& l = loop::running();
  future<R> f(l.get_executor());
  detail::start_on_thread<R>(l, pool.pool(), std::move(fn), f);
  return f;
}

// loop.run_in_executor(None, fn): on the loop's default pool.
template <typename F, typename R = std::invoke_result_t<F&>>
future<R> run_in_executor(F fn) {
  auto& l = loop::running();
  future<R> f(l.get_executor());
  detail::start_on_thread<R>(l, l.default_executor(), std::move(fn), f);
  return f;
}

// asyncio.to_thread(fn, *args): a coroutine, as asyncio's is, that awaits fn(args...) run on
// the loop's default pool. The arguments are copied, so the thread owns what it works on.
template <typename F, typename... Args, typename R = std::invoke_result_t<F&, Args&...>>
asio::awaitable<R> to_thread(F fn, Args... args) {
  auto f = run_in_executor(detail::bound_call<F, Args...>{std::move(fn), {std::move(args)...}});
  auto wait = f.async_wait(asio::use_awaitable);
  co_return co_await std::move(wait);
}

}  // namespace course
