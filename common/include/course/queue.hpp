// course::queue<T>, the asyncio.Queue counterpart: a FIFO queue between the tasks of one loop.
//
//   co_await q.async_put(item, use_awaitable)   put: waits while the queue is full (maxsize > 0)
//   co_await q.async_get(use_awaitable)         get: waits while it is empty; returns the item
//   q.put_nowait(item), q.get_nowait()          the same without waiting; throw queue_full or
//                                               queue_empty instead
//   q.task_done(), co_await q.async_join(...)   join waits until every item put has been
//                                               declared done; task_done too often throws
//   q.qsize(), q.empty(), q.full()
//
// Why not asio::experimental::channel: its capacity 0 means a rendezvous, where asyncio's maxsize
// 0 means unbounded; it has no task_done/join and no size to read. This queue is an I/O object of
// the same shape as course::event: the operations take any completion token.
//
// Waiters are served in the order they came. An item is handed straight to the first waiting
// getter, and a waiting putter's item goes into the queue as soon as there is room, so nothing can
// overtake a waiter, and an item once handed over is never lost: a getter cancelled after that
// still receives it. A wait cancelled before that ends at once with operation_aborted and leaves
// the queue as it was (a cancelled put puts nothing).
#pragma once

#include "course/asio.hpp"
#include "course/loop.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

namespace course {

class queue_full : public std::runtime_error {
 public:
  queue_full() : std::runtime_error("QueueFull") {}
};
class queue_empty : public std::runtime_error {
 public:
  queue_empty() : std::runtime_error("QueueEmpty") {}
};

template <typename T>
class queue {
 public:
  using executor_type = asio::any_io_executor;

  explicit queue(const executor_type& ex, std::size_t maxsize = 0)
      : state_(std::make_shared<state>()) {
    state_->executor = ex;
    state_->maxsize = maxsize;
  }
  queue(const queue&) = delete;
  queue& operator=(const queue&) = delete;
  // Pending waits end with operation_aborted, as an asio I/O object's do.
  ~queue() { state_->abort_all(); }

  executor_type get_executor() const { return state_->executor; }
  std::size_t qsize() const noexcept { return state_->items.size(); }
  bool empty() const noexcept { return state_->items.empty(); }
  bool full() const noexcept {
    return state_->maxsize > 0 && state_->items.size() >= state_->maxsize;
  }
  std::size_t maxsize() const noexcept { return state_->maxsize; }

  void put_nowait(T item) {
    if (full()) throw queue_full();
    state_->push(std::move(item));
  }
  T get_nowait() {
    if (empty()) throw queue_empty();
    return state_->pop();
  }

  // Another item is processed; when none is left unprocessed, join's waiters wake.
  void task_done() {
    if (state_->unfinished == 0) throw std::logic_error("task_done() called too many times");
    if (--state_->unfinished == 0) state_->wake_joiners();
  }

  template <typename Token>
  auto async_put(T item, Token&& token) {
    return asio::async_initiate<Token, void(boost::system::error_code)>(
        initiate_put{state_}, token, std::move(item));
  }
  template <typename Token>
  auto async_get(Token&& token) {
    return asio::async_initiate<Token, void(boost::system::error_code, T)>(initiate_get{state_},
                                                                           token);
  }
  template <typename Token>
  auto async_join(Token&& token) {
    return asio::async_initiate<Token, void(boost::system::error_code)>(initiate_join{state_},
                                                                        token);
  }

 private:
  using done_handler = asio::any_completion_handler<void(boost::system::error_code)>;
  using get_handler = asio::any_completion_handler<void(boost::system::error_code, T)>;
  struct getter {
    std::uint64_t ticket;
    get_handler handler;
    asio::any_io_executor work;  // a pending wait keeps the loop's run() going
  };
  struct putter {
    std::uint64_t ticket;
    T item;
    done_handler handler;
    asio::any_io_executor work;
  };
  struct joiner {
    std::uint64_t ticket;
    done_handler handler;
    asio::any_io_executor work;
  };

  struct state {
    executor_type executor;
    std::size_t maxsize = 0;
    std::deque<T> items;
    std::size_t unfinished = 0;
    std::list<getter> getters;
    std::list<putter> putters;
    std::list<joiner> joiners;
    std::uint64_t next_ticket = 0;

    asio::any_io_executor tracked() const {
      return asio::prefer(executor, asio::execution::outstanding_work.tracked);
    }
    bool has_room() const { return maxsize == 0 || items.size() < maxsize; }

    // An item enters the queue: to the first waiting getter if there is one.
    void push(T item) {
      ++unfinished;
      if (!getters.empty()) {
        getter g = std::move(getters.front());
        getters.pop_front();
        asio::post(g.work, asio::append(std::move(g.handler), boost::system::error_code{},
                                        std::move(item)));
        return;
      }
      items.push_back(std::move(item));
    }

    // An item leaves the queue, which makes room for the first waiting putter.
    T pop() {
      T item = std::move(items.front());
      items.pop_front();
      if (!putters.empty() && has_room()) {
        putter p = std::move(putters.front());
        putters.pop_front();
        push(std::move(p.item));
        asio::post(p.work, asio::append(std::move(p.handler), boost::system::error_code{}));
      }
      return item;
    }

    void wake_joiners() {
      auto woken = std::move(joiners);
      joiners.clear();
      for (auto& j : woken) {
        asio::post(j.work, asio::append(std::move(j.handler), boost::system::error_code{}));
      }
    }

    template <typename List>
    static bool remove(List& waiters, std::uint64_t ticket,
                       std::optional<typename List::value_type>& out) {
      for (auto it = waiters.begin(); it != waiters.end(); ++it) {
        if (it->ticket == ticket) {
          out.emplace(std::move(*it));
          waiters.erase(it);
          return true;
        }
      }
      return false;
    }

    void cancel(std::uint64_t ticket) {
      const auto aborted = asio::error::operation_aborted;
      if (std::optional<getter> g; remove(getters, ticket, g)) {
        asio::post(g->work, asio::append(std::move(g->handler), aborted, T{}));
      } else if (std::optional<putter> p; remove(putters, ticket, p)) {
        asio::post(p->work, asio::append(std::move(p->handler), aborted));
      } else if (std::optional<joiner> j; remove(joiners, ticket, j)) {
        asio::post(j->work, asio::append(std::move(j->handler), aborted));
      }
    }

    void abort_all() {
      const auto aborted = asio::error::operation_aborted;
      for (auto& g : std::exchange(getters, {})) {
        asio::post(g.work, asio::append(std::move(g.handler), aborted, T{}));
      }
      for (auto& p : std::exchange(putters, {})) {
        asio::post(p.work, asio::append(std::move(p.handler), aborted));
      }
      for (auto& j : std::exchange(joiners, {})) {
        asio::post(j.work, asio::append(std::move(j.handler), aborted));
      }
    }
  };

  struct cancel_wait {
    std::weak_ptr<state> target;
    std::uint64_t ticket;
    void operator()(asio::cancellation_type type) const {
      if (type == asio::cancellation_type::none) return;
      if (auto s = target.lock()) s->cancel(ticket);
    }
  };

  // Installed once the handler is stored: in Boost 1.81, wrapping a handler in an
  // any_completion_handler installs the wrapper's own cancellation handler in the slot, which
  // would replace one installed before.
  static void on_cancel(const std::shared_ptr<state>& s, asio::cancellation_slot slot,
                        std::uint64_t ticket) {
    if (slot.is_connected()) slot.template emplace<cancel_wait>(s, ticket);
  }

  struct initiate_put {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler, T item) const {
      if (target->has_room() && target->putters.empty()) {
        target->push(std::move(item));
        detail::complete_at_once(target->executor,
                       asio::append(std::forward<Handler>(handler), boost::system::error_code{}));
        return;
      }
      loop::note_wait("a Queue put (full)");
      const auto ticket = target->next_ticket++;
      auto slot = asio::get_associated_cancellation_slot(handler);
      target->putters.push_back(
          {ticket, std::move(item), std::forward<Handler>(handler), target->tracked()});
      on_cancel(target, slot, ticket);
    }
  };

  struct initiate_get {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler) const {
      if (!target->items.empty()) {
        T item = target->pop();
        detail::complete_at_once(target->executor, asio::append(std::forward<Handler>(handler),
                                                      boost::system::error_code{},
                                                      std::move(item)));
        return;
      }
      loop::note_wait("a Queue get (empty)");
      const auto ticket = target->next_ticket++;
      auto slot = asio::get_associated_cancellation_slot(handler);
      target->getters.push_back({ticket, std::forward<Handler>(handler), target->tracked()});
      on_cancel(target, slot, ticket);
    }
  };

  struct initiate_join {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler) const {
      if (target->unfinished == 0) {
        detail::complete_at_once(target->executor,
                       asio::append(std::forward<Handler>(handler), boost::system::error_code{}));
        return;
      }
      loop::note_wait("a Queue join");
      const auto ticket = target->next_ticket++;
      auto slot = asio::get_associated_cancellation_slot(handler);
      target->joiners.push_back({ticket, std::forward<Handler>(handler), target->tracked()});
      on_cancel(target, slot, ticket);
    }
  };

  std::shared_ptr<state> state_;
};

}  // namespace course
