#include "course/task_group.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace course {

void task_group::state::check_open() const {
  if (!entered) throw std::logic_error("TaskGroup has not been entered");
  if (exiting && tasks.empty()) throw std::logic_error("TaskGroup is finished");
  if (aborting) throw std::logic_error("TaskGroup is shutting down");
}

void task_group::state::abort() {
  aborting = true;
  for (auto& t : tasks) {
    if (!t.done()) t.cancel();
  }
}

void task_group::state::on_task_done(const any_task& t, const std::exception_ptr& error) {
  if (const auto it = std::find(tasks.begin(), tasks.end(), t); it != tasks.end()) tasks.erase(it);
  if (on_completed && tasks.empty() && !on_completed->done()) on_completed->set_result({});
  if (!error) return;  // a result, or cancelled
  errors.push_back(error);
  if (parent->done()) return;  // asyncio logs it; the parent ended first
  if (!aborting && !parent_cancel_requested) {
    // The parent's pending await (in the body, or on the group) ends now; it is uncancelled
    // when the scope exits.
    abort();
    parent_cancel_requested = true;
    parent->cancel();
  }
}

asio::awaitable<void> task_group::async_with(asio::awaitable<void> body) {
  auto s = state_;
  if (s->entered) throw std::logic_error("TaskGroup has been already entered");
  s->entered = true;
  s->parent = current_task();
  if (!s->parent) throw std::logic_error("TaskGroup cannot determine the parent task");

  std::exception_ptr error;
  try {
    co_await std::move(body);
  } catch (...) {
    error = std::current_exception();
  }

  // __aexit__
  s->exiting = true;
  std::exception_ptr propagate_cancellation = error && is_cancellation(error) ? error : nullptr;
  if (s->parent_cancel_requested && s->parent->uncancel() == 0) {
    propagate_cancellation = nullptr;  // the group's own cancel: not the caller's concern
  }
  if (error && !s->aborting) s->abort();
  const auto ex = co_await asio::this_coro::executor;
  while (!s->tasks.empty()) {
    s->on_completed.emplace(detail::loop_executor(ex));
    auto completed = *s->on_completed;
    auto [waited] = co_await completed.async_wait(asio::as_tuple(asio::use_awaitable));
    if (waited && is_cancellation(waited) && !s->aborting) {
      propagate_cancellation = waited;  // the caller is cancelled while the tasks run
      s->abort();
    }
    s->on_completed.reset();
  }
  if (propagate_cancellation && s->errors.empty()) std::rethrow_exception(propagate_cancellation);
  if (error && !is_cancellation(error)) s->errors.push_back(error);
  if (!s->errors.empty()) {
    auto errors = std::move(s->errors);
    s->errors.clear();
    throw exception_group("unhandled errors in a TaskGroup", std::move(errors));
  }
}

}  // namespace course
