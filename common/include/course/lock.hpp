// course::semaphore, course::bounded_semaphore and course::lock, the asyncio.Semaphore,
// BoundedSemaphore and Lock counterparts. Boost
// 1.81 has neither for coroutines (a std::mutex would block the loop's one thread).
//
//   co_await s.async_acquire(use_awaitable)   takes a permit, waiting while there is none
//   s.release()                               gives one back
//   course::releaser r(s)                     `async with s:` the permit goes back when r goes
//                                             out of scope, however the block is left
//
// As asyncio's (3.11): release() wakes the first waiter, which takes the lock or the permit when
// it runs, a turn later; in between, the lock reads unlocked and a woken waiter still stands in
// line, so a newcomer cannot take it first. A waiter whose task is cancelled after it was woken
// passes the wake-up on. A lock's release() throws when it is not held, as asyncio's raises
// RuntimeError.
#pragma once

#include "course/asio.hpp"
#include "course/task.hpp"
#include "course/waiters.hpp"

#include <cstddef>
#include <memory>
#include <stdexcept>

namespace course {

class semaphore {
 public:
  using executor_type = asio::any_io_executor;

  semaphore(const executor_type& ex, std::size_t value);
  semaphore(const semaphore&) = delete;
  semaphore& operator=(const semaphore&) = delete;
  ~semaphore();  // pending waits end with operation_aborted

  executor_type get_executor() const { return state_->waiters->get_executor(); }
  // An acquire would wait: no permit is free, or a waiter not cancelled stands in line.
  bool locked() const noexcept { return state_->locked(); }
  std::size_t value() const noexcept { return state_->value; }
  std::size_t waiting() const noexcept { return state_->waiters->size(); }
  void release();

  template <typename Token>
  auto async_acquire(Token&& token) {
    return asio::async_initiate<Token, void(boost::system::error_code)>(initiate_acquire{state_},
                                                                        token);
  }

 private:
  struct state {
    std::size_t value = 0;
    std::shared_ptr<detail::waiter_queue> waiters;
    bool locked() const noexcept { return value == 0 || waiters->any_not_cancelled(); }
    void wake_up_next() {
      if (waiters->wake_next()) --value;
    }
  };

  struct initiate_acquire {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler) const {
      auto& waiters = *target->waiters;
      if (!target->locked()) {  // asyncio's acquire does not yield then
        --target->value;
        detail::complete_at_once(
            waiters.get_executor(),
            asio::append(std::forward<Handler>(handler), boost::system::error_code{}));
        return;
      }
      loop::note_wait("a Semaphore");
      waiters.wait(std::move(handler), [s = target](std::uint64_t ticket,
                                                    boost::system::error_code ec, auto& complete) {
        s->waiters->remove(ticket);
        const bool woken = !ec;
        if (woken && detail::take_must_cancel()) ec = asio::error::operation_aborted;
        if (ec) {
          if (woken) {  // the permit it was woken with goes to the next in line
            ++s->value;
            s->wake_up_next();
          }
        } else if (s->value > 0) {
          s->wake_up_next();
        }
        std::move(complete)(ec);
      });
    }
  };

  std::shared_ptr<state> state_;
};

// asyncio.BoundedSemaphore: a semaphore that may not be released above its initial value;
// release() then throws std::invalid_argument, asyncio's ValueError.
class bounded_semaphore : public semaphore {
 public:
  bounded_semaphore(const executor_type& ex, std::size_t value)
      : semaphore(ex, value), bound_(value) {}
  void release() {
    if (value() >= bound_) {
      throw std::invalid_argument("BoundedSemaphore released too many times");
    }
    semaphore::release();
  }

 private:
  std::size_t bound_;
};

class lock {
 public:
  using executor_type = asio::any_io_executor;

  explicit lock(const executor_type& ex);
  lock(const lock&) = delete;
  lock& operator=(const lock&) = delete;
  ~lock();  // pending waits end with operation_aborted

  executor_type get_executor() const { return state_->waiters->get_executor(); }
  bool locked() const noexcept { return state_->locked; }
  std::size_t waiting() const noexcept { return state_->waiters->size(); }
  // Throws std::logic_error (asyncio's RuntimeError) when the lock is not held.
  void release();

  template <typename Token>
  auto async_acquire(Token&& token) {
    return asio::async_initiate<Token, void(boost::system::error_code)>(initiate_acquire{state_},
                                                                        token);
  }

 private:
  struct state {
    bool locked = false;
    std::shared_ptr<detail::waiter_queue> waiters;
  };

  struct initiate_acquire {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler) const {
      auto& waiters = *target->waiters;
      if (!target->locked && waiters.all_cancelled()) {
        target->locked = true;
        detail::complete_at_once(
            waiters.get_executor(),
            asio::append(std::forward<Handler>(handler), boost::system::error_code{}));
        return;
      }
      loop::note_wait("a Lock");
      waiters.wait(std::move(handler), [s = target](std::uint64_t ticket,
                                                    boost::system::error_code ec, auto& complete) {
        s->waiters->remove(ticket);
        if (!ec && detail::take_must_cancel()) ec = asio::error::operation_aborted;
        if (ec) {
          if (!s->locked) s->waiters->wake_first();
        } else {
          s->locked = true;
        }
        std::move(complete)(ec);
      });
    }
  };

  std::shared_ptr<state> state_;
};

// Gives the permit back when it goes out of scope: the `async with` block's exit, which for a
// lock or a semaphore needs no await and so fits a destructor.
template <typename Semaphore>
class releaser {
 public:
  explicit releaser(Semaphore& s) : s_(&s) {}
  releaser(const releaser&) = delete;
  releaser& operator=(const releaser&) = delete;
  ~releaser() { s_->release(); }

 private:
  Semaphore* s_;
};

}  // namespace course
