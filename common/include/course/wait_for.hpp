// course::wait_for, the asyncio.wait_for counterpart (3.11), and course::shield.
//
//   int r = co_await course::wait_for(task, 4);      // r = await asyncio.wait_for(task, 4)
//   int r = co_await course::wait_for(coro(), 4);    // a coroutine becomes a task first
//
// It ends on the task's first completion, success or failure, or at the timeout: then it cancels
// the task, waits for it to end, and raises course::timeout_error. (A task that swallows the
// cancel and returns a value makes it return that value, as 3.11's does.) It is written as
// asyncio's is, from a timer callback and the task's done callback that set an Event, so each
// step takes the loop turns asyncio's takes.
//
// Asio's own `task.async_wait(use_awaitable) || timer.async_wait(use_awaitable)` is not this: `||`
// ends on the first *success*, so a task that fails at 1 s loses the race to the timer at 4 s and
// its error is lost. A race that must end on any completion is a parallel group waited with
// asio::experimental::wait_for_one() (the wait_for lesson shows both).
#pragma once

#include "course/errors.hpp"
#include "course/event.hpp"
#include "course/task.hpp"
#include "course/timer.hpp"

#include <memory>

namespace course {

namespace detail {
// asyncio's _cancel_and_wait: cancel the task and wait until it has ended, however it ends.
template <typename T>
asio::awaitable<void> cancel_and_wait(task<T> fut) {
  auto waiter = std::make_shared<event>(co_await asio::this_coro::executor);
  fut.add_done_callback([waiter](const task<T>&) { waiter->set(); });
  fut.cancel();
  co_await waiter->async_wait(asio::use_awaitable);
}
}  // namespace detail

template <typename T>
asio::awaitable<T> wait_for(task<T> fut, clock::duration timeout) {
  auto ex = co_await asio::this_coro::executor;
  if (timeout <= clock::duration::zero()) {
    if (!fut.done()) co_await detail::cancel_and_wait(fut);
    if (fut.cancelled()) throw timeout_error();
    co_return fut.result();
  }
  auto waiter = std::make_shared<event>(ex);
  timer timeout_handle(ex, timeout);  // its destructor cancels it, as wait_for's finally does
  timeout_handle.async_wait([waiter](boost::system::error_code ec) {
    if (!ec) waiter->set();
  });
  auto attached = std::make_shared<bool>(true);  // remove_done_callback
  fut.add_done_callback([waiter, attached](const task<T>&) {
    if (*attached) waiter->set();
  });
  boost::system::error_code cancelled;
  co_await waiter->async_wait(asio::redirect_error(asio::use_awaitable, cancelled));
  if (fut.done()) co_return fut.result();
  *attached = false;
  co_await detail::cancel_and_wait(fut);
  if (cancelled) throw boost::system::system_error(cancelled);  // wait_for itself was cancelled
  if (fut.cancelled()) throw timeout_error();
  co_return fut.result();
}

template <typename T>
asio::awaitable<T> wait_for(task<T> fut, double timeout) {
  return wait_for(std::move(fut), secs(timeout));
}

template <typename T>
asio::awaitable<T> wait_for(asio::awaitable<T> coro, double timeout) {
  auto ex = co_await asio::this_coro::executor;
  auto fut = asio::co_spawn(ex, std::move(coro), use_task);
  auto wait = wait_for(std::move(fut), secs(timeout));
  co_return co_await std::move(wait);
}

// `await asyncio.shield(task)`: cancelling this wait ends it (CancelledError) and leaves the task
// running.
template <typename T>
asio::awaitable<T> shield(task<T> t) {
  auto wait = t.async_wait_shielded(asio::use_awaitable);
  co_return co_await std::move(wait);
}

}  // namespace course
