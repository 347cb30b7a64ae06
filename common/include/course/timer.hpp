// course::timer, the timer every lesson uses, and course::sleep, the asyncio.sleep counterpart.
//
// In real time (and under --speed) a course::timer is an asio::basic_waitable_timer over the course
// clock. Under --virtual-time its waits are kept by virtual_timer_service, an asio service of the
// io_context, in (deadline, arrival) order: the loop driver completes them when every task is
// blocked, so timers due at the same moment fire in the order they were set, as asyncio's do.
#pragma once

#include "course/asio.hpp"
#include "course/clock.hpp"
#include "course/loop.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <utility>

namespace course {

class timer;

// The virtual-time queue of one io_context.
class virtual_timer_service : public asio::execution_context::service {
 public:
  using key_type = virtual_timer_service;
  static asio::execution_context::id id;
  using handler_type = asio::any_completion_handler<void(boost::system::error_code)>;

  explicit virtual_timer_service(asio::execution_context& context);

  // Queues a wait; returns its ticket (unique, never reused).
  std::uint64_t add(timer& owner, clock::time_point deadline, handler_type handler);
  // Completes one wait, or every wait of a timer, with operation_aborted.
  bool cancel(std::uint64_t ticket);
  std::size_t cancel(const timer& owner);

  std::size_t size() const noexcept { return waits_.size(); }
  std::optional<clock::time_point> earliest() const;
  // Moves the clock to the earliest deadline and completes every wait due then, in order.
  // Returns how many were completed.
  std::size_t fire_earliest();

 private:
  void shutdown() override;

  struct wait {
    timer* owner;
    handler_type handler;
    asio::any_io_executor work;  // keeps the io_context's run() alive while the wait is pending
  };
  using key = std::pair<clock::time_point, std::uint64_t>;
  void complete(std::map<key, wait>::iterator it, boost::system::error_code ec);

  std::map<key, wait> waits_;
  std::map<std::uint64_t, clock::time_point> deadlines_;  // ticket -> deadline
  std::uint64_t next_ticket_ = 0;
};

class timer {
 public:
  using executor_type = asio::any_io_executor;
  using clock_type = clock;
  using duration = clock::duration;
  using time_point = clock::time_point;

  explicit timer(const executor_type& ex);
  timer(const executor_type& ex, duration d);
  timer(const timer&) = delete;
  timer& operator=(const timer&) = delete;
  ~timer();

  executor_type get_executor() noexcept { return real_.get_executor(); }
  time_point expiry() const { return real_.expiry(); }
  // As asio's: each cancels the pending waits and returns how many.
  std::size_t expires_after(duration d);
  std::size_t expires_at(time_point t);
  std::size_t cancel();

  template <typename WaitToken>
  auto async_wait(WaitToken&& token) {
    return asio::async_initiate<WaitToken, void(boost::system::error_code)>(initiate_wait{this},
                                                                            token);
  }

 private:
  friend class virtual_timer_service;

  struct initiate_wait {
    timer* self;
    // Tokens such as experimental::use_coro run the operation on the initiation's executor.
    using executor_type = timer::executor_type;
    executor_type get_executor() const noexcept { return self->get_executor(); }
    template <typename Handler>
    void operator()(Handler&& handler) const {
      loop::note_wait("a timer");
      if (!self->virtual_) {
        self->real_.async_wait(std::forward<Handler>(handler));
        return;
      }
      auto slot = asio::get_associated_cancellation_slot(handler);
      auto& service = *self->virtual_;
      const auto ticket = service.add(*self, self->real_.expiry(), std::forward<Handler>(handler));
      if (slot.is_connected()) slot.template emplace<cancel_wait>(&service, ticket);
    }
  };

  struct cancel_wait {
    virtual_timer_service* service;
    std::uint64_t ticket;
    void operator()(asio::cancellation_type type) const {
      if (type != asio::cancellation_type::none) service->cancel(ticket);
    }
  };

  // Holds the expiry in every mode; does the waiting only in real time.
  asio::basic_waitable_timer<clock, clock_traits, executor_type> real_;
  virtual_timer_service* virtual_;  // null in real time
  std::size_t pending_virtual_ = 0;
};

// asyncio.sleep(seconds). sleep(0) only yields to the other ready work, as asyncio's does.
asio::awaitable<void> sleep(clock::duration d);
asio::awaitable<void> sleep(double seconds);

}  // namespace course
