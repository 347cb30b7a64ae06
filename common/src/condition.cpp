#include "course/condition.hpp"

#include <stdexcept>

namespace course {

condition::condition(const executor_type& ex)
    : lock_(ex), waiters_(detail::waiter_queue::make(ex)) {}

condition::~condition() { waiters_->abort_all(); }

asio::awaitable<void> condition::wait() {
  if (!locked()) throw std::logic_error("cannot wait on un-acquired lock");
  release();
  boost::system::error_code ec;
  co_await async_wait_notified(asio::redirect_error(asio::use_awaitable, ec));
  // The lock is taken again however the wait ended, even across more cancellations.
  bool cancelled = ec == asio::error::operation_aborted;
  for (;;) {
    boost::system::error_code acquired;
    co_await lock_.async_acquire(asio::redirect_error(asio::use_awaitable, acquired));
    if (!acquired) break;
    cancelled = true;
  }
  if (cancelled) throw boost::system::system_error(asio::error::operation_aborted);
}

void condition::notify(std::size_t n) {
  if (!locked()) throw std::logic_error("cannot notify on un-acquired lock");
  for (std::size_t i = 0; i < n && waiters_->wake_next(); ++i) {
  }
}

void condition::notify_all() {
  if (!locked()) throw std::logic_error("cannot notify on un-acquired lock");
  waiters_->wake_all();
}

}  // namespace course
