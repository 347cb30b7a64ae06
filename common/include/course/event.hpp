// course::event, the asyncio.Event counterpart. Asio 1.81 has none, so this is a small I/O object
// of the usual shape: a state, and an async_wait operation that takes any completion token.
//
//   wait()    co_await event.async_wait(use_awaitable): suspends until set(); returns at once,
//             without yielding, when the event is already set (as asyncio's does)
//   set()     wakes every waiter, in the order they started waiting, on the loop's next turn
//   clear()   resets the flag; is_set() reads it
//
// A wait whose task is cancelled ends with operation_aborted and leaves the other waiters in
// place. Destroying the event ends its pending waits with operation_aborted, as destroying an asio
// timer does.
#pragma once

#include "course/asio.hpp"
#include "course/task.hpp"
#include "course/waiters.hpp"

#include <memory>

namespace course {

class event {
 public:
  using executor_type = asio::any_io_executor;

  explicit event(const executor_type& ex);
  event(const event&) = delete;
  event& operator=(const event&) = delete;
  ~event();

  executor_type get_executor() const { return state_->waiters->get_executor(); }
  bool is_set() const noexcept { return state_->flag; }
  void set();
  void clear() noexcept { state_->flag = false; }

  template <typename WaitToken>
  auto async_wait(WaitToken&& token) {
    return asio::async_initiate<WaitToken, void(boost::system::error_code)>(initiate_wait{state_},
                                                                            token);
  }

 private:
  struct state {
    bool flag = false;
    std::shared_ptr<detail::waiter_queue> waiters;
  };

  struct initiate_wait {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler) const {
      auto& waiters = *target->waiters;
      if (target->flag) {
        detail::complete_at_once(
            waiters.get_executor(),
            asio::append(std::forward<Handler>(handler), boost::system::error_code{}));
        return;
      }
      loop::note_wait("an Event");
      waiters.wait_to_be_woken(std::move(handler));
    }
  };

  std::shared_ptr<state> state_;
};

}  // namespace course
