// course::future<T>, the asyncio.Future counterpart: a value that is not there yet.
//
//   auto f = course::create_future<std::string>();   // loop.create_future(), on the running loop
//   f.set_result("hello");                    // wakes its waiters and callbacks, next turn
//   auto v = co_await f.async_wait(use_awaitable);   // await f
//
// Asio has no such class and needs none: anything co_awaitable with use_awaitable is an
// asynchronous operation, a function that takes a completion token, and async_wait is one. As
// asyncio's: awaiting a done future does not yield; set_result, set_exception and cancel() on a
// done future raise InvalidStateError (cancel() returns false); cancelling the task that awaits a
// future cancels the future; done callbacks and waiters wake in the order they came, a turn after
// the future is done. result() raises the exception, CancelledError for a cancelled future, and
// InvalidStateError while it is pending.
#pragma once

#include "course/asio.hpp"
#include "course/errors.hpp"
#include "course/loop.hpp"
#include "course/task.hpp"
#include "course/waiters.hpp"

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace course {

template <typename T>
class future {
  using value_type = std::conditional_t<std::is_void_v<T>, std::monostate, T>;
  using signature = std::conditional_t<std::is_void_v<T>, void(std::exception_ptr),
                                       void(std::exception_ptr, value_type)>;

 public:
  future() : future(loop::running().get_executor()) {}
  explicit future(const asio::any_io_executor& ex) : state_(std::make_shared<state>(ex)) {}

  bool done() const noexcept { return state_->done; }
  bool cancelled() const noexcept { return state_->done && is_cancellation(state_->error); }

  void set_result(value_type v) {
    if (state_->done) throw invalid_state_error("invalid state");
    state_->value = std::move(v);
    state_->finish(nullptr);
  }
  void set_exception(std::exception_ptr e) {
    if (state_->done) throw invalid_state_error("invalid state");
    state_->finish(std::move(e));
  }
  bool cancel() { return state_->cancel(); }

  auto result() const {
    if (!state_->done) throw invalid_state_error("Result is not set.");
    state_->retrieved = true;
    if (state_->error) std::rethrow_exception(state_->error);
    if constexpr (!std::is_void_v<T>) return *state_->value;
  }
  std::exception_ptr exception() const {
    if (!state_->done) throw invalid_state_error("Exception is not set.");
    if (cancelled()) std::rethrow_exception(state_->error);
    state_->retrieved = true;
    return state_->error;
  }

  // fut.add_done_callback(fn): fn(fut) runs on the loop a turn after the future is done. The
  // number it returns is what remove_done_callback takes (a std::function has no identity).
  std::uint64_t add_done_callback(std::function<void(future&)> fn) {
    auto& waiters = *state_->waiters;
    const auto id = waiters.next_ticket();
    waiters.push(asio::bind_executor(waiters.get_executor(),
                                     [s = state_, ticket = id,
                                      fn = std::move(fn)](boost::system::error_code) mutable {
                                       s->waiters->remove(ticket);
                                       future f(s);
                                       fn(f);
                                     }),
                 {});
    if (state_->done) state_->waiters->wake_all();
    return id;
  }
  // fut.remove_done_callback(fn): 1 when the callback was still to run (it never will), else 0.
  std::size_t remove_done_callback(std::uint64_t id) { return state_->waiters->remove_pending(id); }

  // `await fut`.
  template <typename Token>
  auto async_wait(Token&& token) {
    return asio::async_initiate<Token, signature>(initiate_wait{state_}, token);
  }

 private:
  struct state {
    explicit state(const asio::any_io_executor& ex) : waiters(detail::waiter_queue::make(ex)) {}
    state(const state&) = delete;
    state& operator=(const state&) = delete;
    // asyncio's Future.__del__: an exception nobody looked at is logged.
    ~state() {
      if (error && !retrieved && !is_cancellation(error)) {
        detail::report_exception("Future exception was never retrieved", "", error);
      }
    }
    bool done = false;
    bool retrieved = false;
    std::exception_ptr error;
    std::optional<value_type> value;
    std::shared_ptr<detail::waiter_queue> waiters;

    void finish(std::exception_ptr e) {
      done = true;
      error = std::move(e);
      waiters->wake_all();
    }
    bool cancel() {
      if (done) return false;
      finish(detail::make_cancelled_error());
      return true;
    }
    template <typename Handler>
    void complete(Handler& handler, std::exception_ptr e) {
      retrieved = true;
      if constexpr (std::is_void_v<T>) {
        std::move(handler)(e);
      } else {
        std::move(handler)(e, e ? value_type{} : *value);
      }
    }
  };

  explicit future(std::shared_ptr<state> s) : state_(std::move(s)) {}

  struct cancel_wait {
    std::weak_ptr<state> target;
    void operator()(asio::cancellation_type type) const {
      if (type == asio::cancellation_type::none) return;
      if (auto s = target.lock(); s && s->cancel()) detail::count_cancelled_wait();
    }
  };

  struct initiate_wait {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler) const {
      auto& waiters = *target->waiters;
      if (target->done) {
        detail::complete_at_once(waiters.get_executor(),
                                 [s = target, handler = std::forward<Handler>(handler)]() mutable {
                                   s->complete(handler, s->error);
                                 });
        return;
      }
      // A cancel kept for this task cancels the future it now awaits, as Task.__step does.
      if (auto* self = detail::current_task(); self != nullptr && self->must_cancel) {
        self->must_cancel = false;
        target->cancel();
      }
      loop::note_wait("a Future");
      auto slot = asio::get_associated_cancellation_slot(handler);
      const auto ex = asio::get_associated_executor(handler, waiters.get_executor());
      waiters.push(
          asio::bind_executor(ex,
                              [s = target, ticket = waiters.next_ticket(),
                               handler = std::move(handler)](boost::system::error_code) mutable {
                                s->waiters->remove(ticket);
                                s->complete(handler, detail::take_must_cancel()
                                                         ? detail::make_cancelled_error()
                                                         : s->error);
                              }),
          {});
      if (slot.is_connected()) slot.template emplace<cancel_wait>(target);
    }
  };

  std::shared_ptr<state> state_;
};

// loop.create_future(): a future of the running loop (asyncio.Future() makes the same).
template <typename T>
future<T> create_future() {
  return future<T>(loop::running().get_executor());
}

}  // namespace course
