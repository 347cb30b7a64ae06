// course::as_completed, the asyncio.as_completed counterpart (Python 3.11):
//
//     for coro in asyncio.as_completed(tasks, timeout=2):   auto each = course::as_completed(ts,
//     2);
//         result = await coro                               for (std::size_t i = 0; i <
//         each.size(); ++i) {
//                                                             auto result = co_await each.next();
//
// each next() gives the result of the task that ended next, in the order they end (its exception
// rethrown); once the timeout has passed, every next() still to come raises timeout_error. As
// asyncio's, it is a done callback on each task feeding a queue, and a loop callback for the
// timeout.
#pragma once

#include "course/asio.hpp"
#include "course/callbacks.hpp"
#include "course/errors.hpp"
#include "course/queue.hpp"
#include "course/task.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace course {

template <typename T>
class as_completed_results {
 public:
  as_completed_results(std::vector<task<T>> tasks, std::optional<double> timeout)
      : state_(std::make_shared<state>(loop::running().get_executor())) {
    auto& s = *state_;
    s.count = tasks.size();
    for (auto& t : tasks) {
      const auto id = t.add_done_callback([weak = std::weak_ptr<state>(state_)](const task<T>& f) {
        if (auto st = weak.lock()) st->on_completion(f);
      });
      s.todo.push_back({t, id});
    }
    if (!s.todo.empty() && timeout) {
      s.timeout_handle = call_later(loop::running().get_executor(), *timeout,
                                    [weak = std::weak_ptr<state>(state_)] {
                                      if (auto st = weak.lock()) st->on_timeout();
                                    });
    }
  }

  std::size_t size() const noexcept { return state_->count; }

  // _wait_for_one(): the next task to end, its result (or its exception); timeout_error once the
  // timeout has passed.
  asio::awaitable<T> next() {
    auto s = state_;
    std::optional<task<T>> f = co_await s->done.async_get(asio::use_awaitable);
    if (!f) throw timeout_error();
    co_return f->result();
  }

 private:
  struct pending {
    task<T> t;
    std::uint64_t callback;
  };
  struct state {
    explicit state(const asio::any_io_executor& ex) : done(ex) {}
    std::size_t count = 0;
    std::vector<pending> todo;
    queue<std::optional<task<T>>> done;
    handle timeout_handle;

    void on_timeout() {
      for (auto& p : todo) {
        p.t.remove_done_callback(p.callback);
        done.put_nowait(std::nullopt);
      }
      todo.clear();
    }
    void on_completion(const task<T>& f) {
      if (todo.empty()) return;  // the timeout came first
      for (auto it = todo.begin(); it != todo.end(); ++it) {
        if (it->t.id() == f.id()) {
          todo.erase(it);
          break;
        }
      }
      done.put_nowait(f);
      if (todo.empty()) timeout_handle.cancel();
    }
  };
  std::shared_ptr<state> state_;
};

template <typename T>
as_completed_results<T> as_completed(std::vector<task<T>> tasks,
                                     std::optional<double> timeout = std::nullopt) {
  return as_completed_results<T>(std::move(tasks), timeout);
}

}  // namespace course
