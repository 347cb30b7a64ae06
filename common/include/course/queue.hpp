// course::queue<T>, the asyncio.Queue counterpart: a FIFO queue between the tasks of one loop;
// course::lifo_queue<T> (asyncio.LifoQueue) hands out the newest item first, and
// course::priority_queue<T> (asyncio.PriorityQueue) the smallest, kept as Python's heapq keeps it,
// so items that compare equal come out in the same order as in CPython.
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
// As asyncio's (3.11): a put wakes the first waiting getter, which takes an item when it runs,
// a turn later (and waits again if another took it first); a get wakes the first waiting putter
// the same way. So qsize() and get_nowait() see the items that are in the queue, not handed out
// yet, and a getter cancelled after it was woken loses nothing: it passes the wake-up on.
#pragma once

#include "course/asio.hpp"
#include "course/errors.hpp"
#include "course/event.hpp"
#include "course/loop.hpp"
#include "course/waiters.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

namespace course {

namespace detail {
// Where put() leaves an item and which one get() takes: asyncio's Queue._put and _get.
struct append_put {
  template <typename T>
  static void put(std::deque<T>& items, T item) {
    items.push_back(std::move(item));
  }
};
struct fifo_order : append_put {
  template <typename T>
  static T get(std::deque<T>& items) {
    T item = std::move(items.front());
    items.pop_front();
    return item;
  }
};
struct lifo_order : append_put {
  template <typename T>
  static T get(std::deque<T>& items) {
    T item = std::move(items.back());
    items.pop_back();
    return item;
  }
};
// heapq.heappush and heapq.heappop, step for step (_siftdown, _siftup), with operator<.
struct heap_order {
  template <typename T>
  static void sift_down(std::deque<T>& heap, std::size_t start, std::size_t pos) {
    T item = std::move(heap[pos]);
    while (pos > start) {
      const std::size_t parent = (pos - 1) / 2;
      if (!(item < heap[parent])) break;
      heap[pos] = std::move(heap[parent]);
      pos = parent;
    }
    heap[pos] = std::move(item);
  }
  template <typename T>
  static void put(std::deque<T>& heap, T item) {
    heap.push_back(std::move(item));
    sift_down(heap, 0, heap.size() - 1);
  }
  template <typename T>
  static T get(std::deque<T>& heap) {
    T last = std::move(heap.back());
    heap.pop_back();
    if (heap.empty()) return last;
    T top = std::move(heap.front());
    heap.front() = std::move(last);
    // _siftup: the smaller child moves up until a leaf, then _siftdown puts the item in place.
    const std::size_t end = heap.size();
    std::size_t pos = 0;
    T item = std::move(heap[0]);
    std::size_t child = 1;
    while (child < end) {
      const std::size_t right = child + 1;
      if (right < end && !(heap[child] < heap[right])) child = right;
      heap[pos] = std::move(heap[child]);
      pos = child;
      child = 2 * pos + 1;
    }
    heap[pos] = std::move(item);
    sift_down(heap, 0, pos);
    return top;
  }
};
}  // namespace detail

template <typename T, typename Order = detail::fifo_order>
class basic_queue {
 public:
  using executor_type = asio::any_io_executor;

  explicit basic_queue(const executor_type& ex, std::size_t maxsize = 0)
      : state_(std::make_shared<state>(ex)) {
    state_->maxsize = maxsize;
  }
  basic_queue(const basic_queue&) = delete;
  basic_queue& operator=(const basic_queue&) = delete;
  // Pending waits end with operation_aborted, as an asio I/O object's do.
  ~basic_queue() {
    state_->getters->abort_all();
    state_->putters->abort_all();
  }

  executor_type get_executor() const { return state_->getters->get_executor(); }
  std::size_t qsize() const noexcept { return state_->items.size(); }
  bool empty() const noexcept { return state_->items.empty(); }
  bool full() const noexcept { return state_->full(); }
  std::size_t maxsize() const noexcept { return state_->maxsize; }

  void put_nowait(T item) { state_->put_nowait(std::move(item)); }
  T get_nowait() { return state_->get_nowait(); }

  // Another item is processed; when none is left unprocessed, join's waiters wake.
  void task_done() {
    if (state_->unfinished == 0) throw std::invalid_argument("task_done() called too many times");
    if (--state_->unfinished == 0) state_->finished.set();
  }

  template <typename Token>
  auto async_put(T item, Token&& token) {
    return asio::async_initiate<Token, void(boost::system::error_code)>(initiate_put{state_}, token,
                                                                        std::move(item));
  }
  template <typename Token>
  auto async_get(Token&& token) {
    return asio::async_initiate<Token, void(boost::system::error_code, T)>(initiate_get{state_},
                                                                           token);
  }
  template <typename Token>
  auto async_join(Token&& token) {
    return state_->finished.async_wait(std::forward<Token>(token));
  }

 private:
  struct state {
    explicit state(const executor_type& ex)
        : getters(detail::waiter_queue::make(ex)),
          putters(detail::waiter_queue::make(ex)),
          finished(ex) {
      finished.set();
    }
    std::size_t maxsize = 0;
    std::deque<T> items;
    std::size_t unfinished = 0;
    std::shared_ptr<detail::waiter_queue> getters, putters;
    event finished;  // set while no item is unfinished, as asyncio's Queue keeps an Event

    bool full() const { return maxsize > 0 && items.size() >= maxsize; }
    void put_nowait(T item) {
      if (full()) throw queue_full();
      Order::put(items, std::move(item));
      ++unfinished;
      finished.clear();
      getters->wake_next();
    }
    T get_nowait() {
      if (items.empty()) throw queue_empty();
      T item = Order::get(items);
      putters->wake_next();
      return item;
    }
  };

  // get(): `while queue.empty(): await getter`, then get_nowait(). Each round is a waiter of its
  // own at the end of the line, as asyncio makes a new future each time round.
  template <typename Handler>
  static void wait_to_get(std::shared_ptr<state> s, Handler handler) {
    loop::note_wait("a Queue get (empty)");
    auto& getters = *s->getters;
    getters.wait(std::move(handler),
                 [s](std::uint64_t ticket, boost::system::error_code ec, Handler& complete) {
                   s->getters->remove(ticket);
                   const bool woken = !ec;
                   if (woken && detail::take_must_cancel()) ec = asio::error::operation_aborted;
                   if (ec) {
                     if (woken && !s->items.empty()) s->getters->wake_next();
                     std::move(complete)(ec, T{});
                   } else if (s->items.empty()) {
                     wait_to_get(s, std::move(complete));
                   } else {
                     T item = s->get_nowait();
                     std::move(complete)(ec, std::move(item));
                   }
                 });
  }

  // put(): `while queue.full(): await putter`, then put_nowait().
  template <typename Handler>
  static void wait_to_put(std::shared_ptr<state> s, Handler handler, T item) {
    loop::note_wait("a Queue put (full)");
    auto& putters = *s->putters;
    putters.wait(std::move(handler),
                 [s, item = std::move(item)](std::uint64_t ticket, boost::system::error_code ec,
                                             Handler& complete) mutable {
                   s->putters->remove(ticket);
                   const bool woken = !ec;
                   if (woken && detail::take_must_cancel()) ec = asio::error::operation_aborted;
                   if (ec) {
                     if (woken && !s->full()) s->putters->wake_next();
                     std::move(complete)(ec);
                   } else if (s->full()) {
                     wait_to_put(s, std::move(complete), std::move(item));
                   } else {
                     s->put_nowait(std::move(item));
                     std::move(complete)(ec);
                   }
                 });
  }

  struct initiate_put {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler, T item) const {
      if (!target->full()) {
        target->put_nowait(std::move(item));
        detail::complete_at_once(
            target->getters->get_executor(),
            asio::append(std::forward<Handler>(handler), boost::system::error_code{}));
        return;
      }
      wait_to_put(target, std::decay_t<Handler>(std::forward<Handler>(handler)), std::move(item));
    }
  };

  struct initiate_get {
    std::shared_ptr<state> target;
    template <typename Handler>
    void operator()(Handler&& handler) const {
      if (!target->items.empty()) {
        T item = target->get_nowait();
        detail::complete_at_once(target->getters->get_executor(),
                                 asio::append(std::forward<Handler>(handler),
                                              boost::system::error_code{}, std::move(item)));
        return;
      }
      wait_to_get(target, std::decay_t<Handler>(std::forward<Handler>(handler)));
    }
  };

  std::shared_ptr<state> state_;
};

template <typename T>
using queue = basic_queue<T, detail::fifo_order>;
template <typename T>
using lifo_queue = basic_queue<T, detail::lifo_order>;
template <typename T>
using priority_queue = basic_queue<T, detail::heap_order>;

}  // namespace course
