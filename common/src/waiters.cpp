#include "course/waiters.hpp"

#include "course/loop.hpp"
#include "course/task.hpp"

#include <utility>

namespace course::detail {

std::shared_ptr<waiter_queue> waiter_queue::make(const asio::any_io_executor& ex) {
  auto queue = std::make_shared<waiter_queue>(ex);
  loop::adopt(queue);
  return queue;
}

waiter_queue::waiter_queue(const asio::any_io_executor& ex) : executor_(loop_executor(ex)) {}

void waiter_queue::push(continuation c, asio::cancellation_slot slot) {
  const auto ticket = next_ticket_++;
  waiters_.push_back({ticket, state::pending, std::move(c),
                      asio::prefer(executor_, asio::execution::outstanding_work.tracked)});
  // Installed once the continuation is stored: in Boost 1.81, wrapping a handler in an
  // any_completion_handler installs the wrapper's own cancellation handler in its slot.
  if (slot.is_connected()) slot.template emplace<cancel_wait>(weak_from_this(), ticket);
}

void waiter_queue::complete(waiter& w, state now, boost::system::error_code ec) {
  w.now = now;
  if (ec) {
    post_aborted(w.work, std::move(w.resume));
  } else {
    asio::post(w.work, asio::append(std::move(w.resume), ec));
  }
  w.work = asio::any_io_executor();
}

bool waiter_queue::cancel(std::uint64_t ticket) {
  for (auto& w : waiters_) {
    if (w.ticket != ticket) continue;
    if (w.now != state::pending) return false;
    count_cancelled_wait();
    complete(w, state::cancelled, asio::error::operation_aborted);
    return true;
  }
  return false;
}

void waiter_queue::remove(std::uint64_t ticket) {
  for (auto it = waiters_.begin(); it != waiters_.end(); ++it) {
    if (it->ticket == ticket) {
      waiters_.erase(it);
      return;
    }
  }
}

std::size_t waiter_queue::remove_pending(std::uint64_t ticket) {
  for (auto it = waiters_.begin(); it != waiters_.end(); ++it) {
    if (it->ticket == ticket && it->now == state::pending) {
      waiters_.erase(it);
      return 1;
    }
  }
  return 0;
}

bool waiter_queue::wake_first() {
  if (waiters_.empty() || waiters_.front().now != state::pending) return false;
  complete(waiters_.front(), state::woken, {});
  return true;
}

bool waiter_queue::wake_next() {
  for (auto& w : waiters_) {
    if (w.now == state::pending) {
      complete(w, state::woken, {});
      return true;
    }
  }
  return false;
}

std::size_t waiter_queue::wake_all() {
  std::size_t n = 0;
  for (auto& w : waiters_) {
    if (w.now == state::pending) {
      complete(w, state::woken, {});
      ++n;
    }
  }
  return n;
}

void waiter_queue::abort_all() {
  for (auto& w : waiters_) {
    if (w.now == state::pending) complete(w, state::cancelled, asio::error::operation_aborted);
  }
}

void waiter_queue::clear() {
  // Dropping a continuation can destroy a coroutine frame whose objects call back in here.
  auto dropped = std::move(waiters_);
  waiters_.clear();
}

bool waiter_queue::any_not_cancelled() const noexcept {
  for (const auto& w : waiters_) {
    if (w.now != state::cancelled) return true;
  }
  return false;
}

}  // namespace course::detail
