// course::timer, the timer every lesson uses, and course::sleep, the asyncio.sleep counterpart.
//
// The waits of every course::timer of an io_context are kept by its timer_service, in (deadline,
// arrival) order, in every clock mode: the loop driver (loop.hpp) fires the due ones at the start
// of each loop turn, as asyncio's _run_once moves its due TimerHandles to the ready queue. Asio's
// own timers would fire whenever the reactor is polled, between any two handlers; asyncio's order
// needs the turn. Timers due at the same moment fire in the order they were set.
//
// A wait of a plain callback completes in the turn its timer fires (asyncio's call_later
// callback); a wait of a task completes one turn later (asyncio.sleep's timer resolves a future,
// and the task wakes on the next turn), so a callback and a sleeper due together run in
// asyncio's order.
#pragma once

#include "course/asio.hpp"
#include "course/clock.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace course {

class timer;

class timer_service : public asio::execution_context::service {
 public:
  using key_type = timer_service;
  static asio::execution_context::id id;
  using handler_type = asio::any_completion_handler<void(boost::system::error_code)>;
  using key = std::pair<clock::time_point, std::uint64_t>;  // deadline, arrival

  explicit timer_service(asio::execution_context& context);

  // The loop's time for a new deadline: asyncio's loop.time(). In virtual time, the clock. In real
  // time, the turn's time: the deadline of the latest timer that fired (a timer fires a few
  // microseconds after it), kept through the turns that follow while little time passes between
  // them, and moved on by every handler of the turn that blocks for more than 5 ms (real), a
  // time.sleep or CPU-bound work; a turn that has run 50 ms or a thousand handlers counts from the
  // clock. So sleeps of equal length started in one turn wake in one turn however slow the turn's
  // handlers are (a sanitizer's, a loaded machine's), and a chain of sleeps lands on the deadlines
  // virtual time gives: equal deadlines fire in the order they were set, in both clocks. (CPython's
  // own wake-up, 0.2 ms late and rounded to the millisecond, batches such timers by accident.)
  clock::time_point time() const;

  // A loop turn begins: completes every wait whose deadline has come, in order, and returns how
  // many.
  std::size_t start_turn();
  // Real time: a handler of the turn is about to run; now is the clock read for it. Past the
  // first many_handlers of a turn the loop stops telling (and reading the clock for it).
  static constexpr std::size_t many_handlers = 1024;
  void start_handler(clock::time_point now);

  // A wait until deadline, of owner's (null for a sleep, which has no timer object), completed
  // on loop. A cancel kept for the waiting task lands at once (posted); otherwise the wait joins
  // the queue, and the handler's cancellation slot, if it has one, can take it out.
  template <typename Handler>
  void start_wait(timer* owner, const asio::any_io_executor& loop, clock::time_point deadline,
                  Handler&& handler) {
    note_wait();
    auto slot = asio::get_associated_cancellation_slot(handler);
    // A handler with no executor of its own is a plain callback, whatever made the wait.
    const bool task_waiter = belongs_to_task(asio::get_associated_executor(handler, loop));
    if (task_waiter && take_must_cancel()) {
      asio::post(loop,
                 asio::append(std::forward<Handler>(handler), asio::error::operation_aborted));
      return;
    }
    const auto k = add(owner, loop, deadline, std::forward<Handler>(handler), task_waiter);
    if (slot.is_connected()) slot.template emplace<cancel_wait>(this, k);
  }
  // Completes one wait, or every wait of a timer, with operation_aborted (posted).
  bool cancel(const key& k);
  std::size_t cancel(timer& owner);

  std::size_t size() const noexcept { return waits_.size(); }
  std::optional<clock::time_point> earliest() const;

 private:
  void shutdown() override;

  // The cancellation handler of one wait, for the slot of the handler waiting.
  struct cancel_wait {
    timer_service* service;
    key k;
    void operator()(asio::cancellation_type type) const {
      if (type != asio::cancellation_type::none) service->cancel(k);
    }
  };
  key add(timer* owner, const asio::any_io_executor& loop, clock::time_point deadline,
          handler_type handler, bool task_waiter);
  static bool belongs_to_task(const asio::any_io_executor& ex) noexcept;
  static void note_wait();
  static bool take_must_cancel() noexcept;

  struct wait {
    timer* owner;  // null: a sleep's
    handler_type handler;
    bool task_waiter;
  };
  wait take(std::map<key, wait>::iterator it);

  std::map<key, wait> waits_;
  asio::any_io_executor loop_;  // the loop's executor, to post completions to
  // Keeps the io_context's run() going while any wait is pending: one for all of them, which a
  // million sleeping tasks feel.
  asio::any_io_executor work_;
  std::uint64_t next_ = 0;
  std::optional<clock::time_point> turn_time_;
  clock::duration blocked_{};        // by this turn's handlers that blocked
  clock::time_point turn_started_;   // on the clock
  std::size_t handlers_ = 0;         // started in this turn, up to many_handlers
  clock::time_point handler_start_;  // the running handler's
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

  executor_type get_executor() noexcept { return executor_; }
  time_point expiry() const { return expiry_; }
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
  friend class timer_service;
  executor_type loop_executor() const;  // executor_, or the loop's behind a task's

  struct initiate_wait {
    timer* self;
    // Tokens such as experimental::use_coro run the operation on the initiation's executor.
    using executor_type = timer::executor_type;
    executor_type get_executor() const noexcept { return self->get_executor(); }
    template <typename Handler>
    void operator()(Handler&& handler) const {
      self->service_->start_wait(self, self->loop_executor(), self->expiry_,
                                 std::forward<Handler>(handler));
    }
  };

  executor_type executor_;
  timer_service* service_;
  time_point expiry_;
  std::vector<timer_service::key> pending_;  // its waits, mostly none or one
};

// asyncio.sleep(seconds). sleep(0) only yields to the other ready work, as asyncio's does. A
// sleep is one operation on the loop's timer service, without a timer object or a coroutine
// frame of its own: a million sleeping tasks feel every byte.
asio::awaitable<void> sleep(clock::duration d);
asio::awaitable<void> sleep(double seconds);

}  // namespace course
