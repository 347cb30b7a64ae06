// course::condition, the asyncio.Condition counterpart: a lock, and tasks that wait under it until
// another task notifies them.
//
//   co_await cond.async_acquire(use_awaitable)    async with cond: (course::releaser r(cond))
//   co_await cond.wait()                           releases the lock, waits to be notified, and
//                                                  takes the lock again before it returns
//   co_await cond.wait_for(predicate)              waits until predicate() holds
//   cond.notify(n), cond.notify_all()              wakes n waiters (or all), in the order they
//                                                  came; the caller must hold the lock
//
// As asyncio's (3.11): a waiter woken or cancelled takes the lock again before it leaves wait(),
// a cancelled one even if it is cancelled again meanwhile, and then raises CancelledError.
#pragma once

#include "course/asio.hpp"
#include "course/lock.hpp"
#include "course/waiters.hpp"

#include <cstddef>
#include <memory>
#include <type_traits>

namespace course {

class condition {
 public:
  using executor_type = asio::any_io_executor;

  explicit condition(const executor_type& ex);
  condition(const condition&) = delete;
  condition& operator=(const condition&) = delete;
  ~condition();  // pending waits end with operation_aborted

  executor_type get_executor() const { return lock_.get_executor(); }
  bool locked() const noexcept { return lock_.locked(); }
  template <typename Token>
  auto async_acquire(Token&& token) {
    return lock_.async_acquire(std::forward<Token>(token));
  }
  void release() { lock_.release(); }

  // Condition.wait(): throws std::logic_error (RuntimeError) when the lock is not held.
  asio::awaitable<void> wait();

  // Condition.wait_for(predicate): predicate() is checked with the lock held; what it returned.
  template <typename Predicate>
  asio::awaitable<std::invoke_result_t<Predicate&>> wait_for(Predicate predicate) {
    auto result = predicate();
    while (!result) {
      co_await wait();
      result = predicate();
    }
    co_return result;
  }

  // Throw std::logic_error when the lock is not held.
  void notify(std::size_t n = 1);
  void notify_all();

 private:
  template <typename Token>
  auto async_wait_notified(Token&& token) {
    return asio::async_initiate<Token, void(boost::system::error_code)>(
        [waiters = waiters_](auto handler) {
          loop::note_wait("a Condition");
          waiters->wait_to_be_woken(std::move(handler));
        },
        token);
  }

  course::lock lock_;
  std::shared_ptr<detail::waiter_queue> waiters_;
};

}  // namespace course
