// course::semaphore and course::lock, the asyncio.Semaphore and asyncio.Lock counterparts. Boost
// 1.81 has neither for coroutines (a std::mutex would block the loop's one thread).
//
//   co_await s.async_acquire(use_awaitable)   takes a permit, waiting while there is none
//   s.release()                               gives one back
//   course::releaser r(s)                     `async with s:` the permit goes back when r goes
//                                             out of scope, however the block is left
//
// A lock is a semaphore of one permit whose release() throws when it is not held, as asyncio's
// raises RuntimeError. Waiters are served in the order they came: release() hands the permit
// straight to the first waiter, so a newcomer cannot take it first. A wait cancelled before it
// was handed a permit ends at once with operation_aborted and takes nothing; one cancelled after
// still completes, and its coroutine holds the permit (its releaser gives it back), so no permit
// leaks either way.
#pragma once

#include "course/asio.hpp"
#include "course/loop.hpp"

#include <cstddef>
#include <cstdint>
#include <list>
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

  executor_type get_executor() const { return state_->executor; }
  // No permit is free: an acquire would wait.
  bool locked() const noexcept { return state_->value == 0; }
  std::size_t value() const noexcept { return state_->value; }
  std::size_t waiting() const noexcept { return state_->waiters.size(); }
  void release();

  template <typename Token>
  auto async_acquire(Token&& token) {
    return asio::async_initiate<Token, void(boost::system::error_code)>(initiate_acquire{state_},
                                                                        token);
  }

 protected:
  bool held() const noexcept { return state_->value < state_->initial; }

 private:
  struct waiter {
    std::uint64_t ticket;
    asio::any_completion_handler<void(boost::system::error_code)> handler;
    asio::any_io_executor work;  // a pending wait keeps the loop's run() going
  };
  struct state {
    executor_type executor;
    std::size_t value = 0;
    std::size_t initial = 0;
    std::list<waiter> waiters;
    std::uint64_t next_ticket = 0;
    void cancel(std::uint64_t ticket);
  };

  struct cancel_wait {
    std::weak_ptr<state> target;
    std::uint64_t ticket;
    void operator()(asio::cancellation_type type) const {
      if (type == asio::cancellation_type::none) return;
      if (auto s = target.lock()) s->cancel(ticket);
    }
  };

  struct initiate_acquire {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler) const {
      // asyncio's acquire does not yield when a permit is free and nobody waits.
      if (target->value > 0 && target->waiters.empty()) {
        --target->value;
        detail::complete_at_once(target->executor,
                       asio::append(std::forward<Handler>(handler), boost::system::error_code{}));
        return;
      }
      loop::note_wait("a Lock or Semaphore");
      auto slot = asio::get_associated_cancellation_slot(handler);
      const auto ticket = target->next_ticket++;
      target->waiters.push_back(
          {ticket, std::forward<Handler>(handler),
           asio::prefer(target->executor, asio::execution::outstanding_work.tracked)});
      if (slot.is_connected()) slot.template emplace<cancel_wait>(target, ticket);
    }
  };

  std::shared_ptr<state> state_;
};

class lock : public semaphore {
 public:
  explicit lock(const executor_type& ex) : semaphore(ex, 1) {}
  // Throws std::logic_error when the lock is not held.
  void release();
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
