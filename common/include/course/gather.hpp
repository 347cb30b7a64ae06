// course::gather, the asyncio.gather counterpart:
//
//   auto results = co_await gather(task1, task2);            // tasks already started
//   auto results = co_await gather(say_after(1, "hello"),    // coroutines: each becomes a task
//                                  say_after(2, "world"));
//
// The results come back in argument order, as a vector (Python's list). As in asyncio, the first
// exception reaches the awaiter as soon as it is raised, and the other tasks run on; cancelling the
// gather cancels them all, and it ends when they have.
//
// Asio's own `a && b` differs on failure: it cancels the other operations and, when they end with
// operation_aborted, throws asio::multiple_exceptions, whose first_exception() is the left-most
// error (maybe a cancellation, not the failure). That is asyncio's TaskGroup, not gather. The
// construct that gives gather's behaviour is a parallel group of waits on tasks, with the
// wait_for_one_error condition: when it fires, it cancels only the *waits*, and a shielded wait on
// a task leaves the task running.
#pragma once

#include "course/asio.hpp"
#include "course/task.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/deferred.hpp>
#include <boost/asio/experimental/parallel_group.hpp>

#include <type_traits>
#include <vector>

namespace course {

namespace detail {

template <typename T>
task<T> as_task(const asio::any_io_executor&, task<T> t) {
  return t;
}
template <typename T>
task<T> as_task(const asio::any_io_executor& ex, asio::awaitable<T> coroutine) {
  return asio::co_spawn(ex, std::move(coroutine), use_task);
}

template <typename A>
using result_of = typename decltype(as_task(std::declval<asio::any_io_executor>(),
                                            std::declval<A>()))::result_type;

template <typename T>
using gathered = std::conditional_t<std::is_void_v<T>, void, std::vector<T>>;

}  // namespace detail

template <typename T>
asio::awaitable<detail::gathered<T>> gather(std::vector<task<T>> tasks) {
  if (tasks.empty()) co_return detail::gathered<T>();
  std::vector<decltype(tasks[0].async_wait_shielded(asio::deferred))> waits;
  for (auto& t : tasks) waits.push_back(t.async_wait_shielded(asio::deferred));
  auto group = asio::experimental::make_parallel_group(std::move(waits))
                   .async_wait(asio::experimental::wait_for_one_error(), asio::use_awaitable);
  auto outcome = co_await std::move(group);

  // The gather itself was cancelled: cancel every task and end when they all have. Once this
  // coroutine is cancelled every co_await throws, so the state is reset before waiting.
  auto state = co_await asio::this_coro::cancellation_state;
  if (state.cancelled() != asio::cancellation_type::none) {
    for (auto& t : tasks) t.cancel();
    co_await asio::this_coro::reset_cancellation_state();
    for (auto& t : tasks) {
      auto wait = t.async_wait(asio::as_tuple(asio::use_awaitable));
      co_await std::move(wait);
    }
    throw boost::system::system_error(asio::error::operation_aborted, "gather cancelled");
  }
  const auto& order = std::get<0>(outcome);
  const auto& errors = std::get<1>(outcome);
  for (const auto i : order) {
    if (errors[i]) std::rethrow_exception(errors[i]);
  }
  if constexpr (!std::is_void_v<T>) co_return std::move(std::get<2>(outcome));
}

// gather(a, b, ...): coroutines or tasks, all of one result type.
template <typename First, typename... Rest>
asio::awaitable<detail::gathered<detail::result_of<First>>> gather(First first, Rest... rest) {
  using T = detail::result_of<First>;
  static_assert((std::is_same_v<T, detail::result_of<Rest>> && ...),
                "course::gather takes awaitables of one result type, as a Python list holds");
  auto ex = co_await asio::this_coro::executor;
  std::vector<task<T>> tasks{detail::as_task(ex, std::move(first)),
                             detail::as_task(ex, std::move(rest))...};
  co_return co_await gather(std::move(tasks));
}

}  // namespace course
