// The waiters of a course primitive (Event, Lock, Semaphore, Queue), kept as asyncio keeps its
// futures in a deque. A waiter is pending until the primitive wakes it or its task's cancellation
// reaches it; either way its continuation then runs as the next step of the waiting task, one
// loop turn later, where the primitive finishes the operation (takes the lock, the item) and
// takes the waiter out of line. Until then a woken or cancelled waiter stays in line, as a done
// future stays in asyncio's deque: that is what locked() and the next wake-up look at.
//
// A continuation sees operation_aborted when its wait was cancelled while pending, and finds
// take_must_cancel() true when its task was cancelled after it was woken (task.hpp).
#pragma once

#include "course/asio.hpp"

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>

namespace course::detail {

bool take_must_cancel() noexcept;  // task.hpp

class waiter_queue : public std::enable_shared_from_this<waiter_queue> {
 public:
  using continuation = asio::any_completion_handler<void(boost::system::error_code)>;
  enum class state { pending, woken, cancelled };

  // The loop's own executor, not a task's that made the primitive: a waiter's continuation runs
  // on its handler's executor, which for a plain callback must not be a task's.
  // A new queue, known to the running loop, which drops what is still waiting when it ends: a
  // waiter's continuation holds its coroutine, which holds the primitive, which holds the queue.
  static std::shared_ptr<waiter_queue> make(const asio::any_io_executor& ex);
  explicit waiter_queue(const asio::any_io_executor& ex);
  waiter_queue(const waiter_queue&) = delete;
  waiter_queue& operator=(const waiter_queue&) = delete;

  const asio::any_io_executor& get_executor() const noexcept { return executor_; }

  // A new waiter: its continuation, bound to the executor it is to run on, and the cancellation
  // slot of the operation it stands for.
  std::uint64_t next_ticket() noexcept { return next_ticket_; }
  void push(continuation c, asio::cancellation_slot slot);

  bool cancel(std::uint64_t ticket);  // a pending waiter only; true when it was
  void remove(std::uint64_t ticket);  // the continuation leaves the line
  // remove_done_callback: a waiter not yet woken leaves the line unrun; 1 if it did, else 0.
  std::size_t remove_pending(std::uint64_t ticket);
  bool wake_first();       // the first waiter, if it is pending
  bool wake_next();        // the first pending waiter
  std::size_t wake_all();  // every pending waiter
  void abort_all();        // the primitive is destroyed: pending waits are cancelled
  void clear();            // the loop ends: every continuation is dropped, unrun

  // The usual way in: queues the operation whose completion handler is `handler`; when the
  // waiter is woken or cancelled, resume(ticket, ec, handler) runs as the next step of the
  // handler's task, where the primitive finishes the operation.
  template <typename Handler, typename Resume>
  void wait(Handler handler, Resume resume) {
    auto slot = asio::get_associated_cancellation_slot(handler);
    const auto ex = asio::get_associated_executor(handler, executor_);
    push(asio::bind_executor(
             ex, [ticket = next_ticket_, handler = std::move(handler), resume = std::move(resume)](
                     boost::system::error_code ec) mutable { resume(ticket, ec, handler); }),
         slot);
  }

  // A waiter that has only to leave the line when it resumes (Event.wait, Condition.wait): it
  // completes as woken or cancelled, or cancelled when its task was cancelled after it was woken.
  template <typename Handler>
  void wait_to_be_woken(Handler handler) {
    wait(std::move(handler),
         [self = shared_from_this()](std::uint64_t ticket, boost::system::error_code ec,
                                     auto& complete) {
           self->remove(ticket);
           if (!ec && take_must_cancel()) ec = asio::error::operation_aborted;
           std::move(complete)(ec);
         });
  }

  std::size_t size() const noexcept { return waiters_.size(); }
  bool any_not_cancelled() const noexcept;
  bool all_cancelled() const noexcept { return !any_not_cancelled(); }

 private:
  struct waiter {
    std::uint64_t ticket;
    state now;
    continuation resume;
    asio::any_io_executor work;  // a pending wait keeps the loop's run() going
  };
  struct cancel_wait {
    std::weak_ptr<waiter_queue> queue;
    std::uint64_t ticket;
    void operator()(asio::cancellation_type type) const {
      if (type == asio::cancellation_type::none) return;
      if (auto q = queue.lock()) q->cancel(ticket);
    }
  };
  void complete(waiter& w, state now, boost::system::error_code ec);

  asio::any_io_executor executor_;
  // A list, whose entries never move: Boost 1.81's any_completion_handler recurses without end
  // when move-assigned (its operator= goes through the converting constructor; fixed in 1.82).
  std::list<waiter> waiters_;
  std::uint64_t next_ticket_ = 0;
};

}  // namespace course::detail
