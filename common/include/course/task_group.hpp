// course::task_group, the asyncio.TaskGroup counterpart (Python 3.11):
//
//     async with asyncio.TaskGroup() as tg:        course::task_group tg;
//         tg.create_task(fetch('a'))               auto body = tg.async_with(start(tg));
//         tg.create_task(fetch('b'))               co_await std::move(body);
//
// where start(tg) is a coroutine that calls tg.create_task(...) and may await. The scope ends when
// every task of the group has ended, and tasks may be added while it runs. The first task that
// fails cancels the others, and the task that runs the scope (its body's pending await with them);
// once every task has ended, the scope raises course::exception_group with every error, in the
// order they came. A cancel from outside cancels the tasks and, once they have ended, leaves the
// scope as CancelledError. asio's `a && b` is the closest thing, without the adding, and with
// asio::multiple_exceptions for the errors.
#pragma once

#include "course/asio.hpp"
#include "course/errors.hpp"
#include "course/future.hpp"
#include "course/task.hpp"

#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace course {

class task_group {
 public:
  task_group() : state_(std::make_shared<state>()) {}

  // TaskGroup.create_task(coro, name=...): a task of the group, started on the loop's next turn.
  template <typename T>
  task<T> create_task(asio::awaitable<T> coroutine, std::string name = {}) {
    state_->check_open();
    auto t = asio::co_spawn(loop::running().get_executor(), std::move(coroutine),
                            use_task_t{std::move(name)});
    state_->tasks.push_back(any_task(t));
    t.add_done_callback([s = state_](const task<T>& done) {
      std::exception_ptr error;
      if (!done.cancelled()) error = done.exception();
      s->on_task_done(any_task(done), error);
    });
    return t;
  }

  // async with: the body awaited in the current task, then every task of the group.
  asio::awaitable<void> async_with(asio::awaitable<void> body);

  struct state {
    bool entered = false, exiting = false, aborting = false;
    bool parent_cancel_requested = false;
    std::optional<any_task> parent;
    std::vector<any_task> tasks;
    std::vector<std::exception_ptr> errors;
    std::optional<future<void>> on_completed;

    void check_open() const;
    void abort();
    void on_task_done(const any_task& t, const std::exception_ptr& error);
  };

 private:
  std::shared_ptr<state> state_;
};

}  // namespace course
