// course::event, the asyncio.Event counterpart. Asio 1.81 has none, so this is a small I/O object
// of the usual shape: a state, and an async_wait operation that takes any completion token.
//
//   wait()    co_await event.async_wait(use_awaitable): suspends until set(); returns at once,
//             without yielding, when the event is already set (as asyncio's does)
//   set()     wakes every waiter, in the order they started waiting, on the loop's next turn
//   clear()   resets the flag; is_set() reads it
//
// A wait whose coroutine is cancelled ends at once with operation_aborted and leaves the other
// waiters in place. Destroying the event ends its pending waits with operation_aborted, as
// destroying an asio timer does.
#pragma once

#include "course/asio.hpp"
#include "course/loop.hpp"

#include <cstdint>
#include <list>
#include <memory>

namespace course {

class event {
 public:
  using executor_type = asio::any_io_executor;

  explicit event(const executor_type& ex);
  event(const event&) = delete;
  event& operator=(const event&) = delete;
  ~event();

  executor_type get_executor() const { return state_->executor; }
  bool is_set() const noexcept { return state_->flag; }
  void set();
  void clear() noexcept { state_->flag = false; }

  template <typename WaitToken>
  auto async_wait(WaitToken&& token) {
    return asio::async_initiate<WaitToken, void(boost::system::error_code)>(initiate_wait{state_},
                                                                            token);
  }

 private:
  struct waiter {
    std::uint64_t ticket;
    asio::any_completion_handler<void(boost::system::error_code)> handler;
    asio::any_io_executor work;  // a pending wait keeps the loop's run() going, like asio's ops
  };
  struct state {
    executor_type executor;
    bool flag = false;
    std::list<waiter> waiters;
    std::uint64_t next_ticket = 0;
    void complete_all(boost::system::error_code ec);
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

  struct initiate_wait {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler) const {
      if (target->flag) {
        detail::complete_at_once(target->executor, asio::append(std::forward<Handler>(handler),
                                                      boost::system::error_code{}));
        return;
      }
      loop::note_wait("an Event");
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

}  // namespace course
