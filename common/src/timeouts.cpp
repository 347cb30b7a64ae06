#include "course/timeouts.hpp"

#include "course/loop.hpp"

#include <stdexcept>

namespace course {

namespace {
const char* name_of(timeout_scope::phase p) {
  switch (p) {
    case timeout_scope::phase::created:
      return "created";
    case timeout_scope::phase::entered:
      return "active";
    case timeout_scope::phase::expiring:
      return "expiring";
    case timeout_scope::phase::expired:
      return "expired";
    case timeout_scope::phase::exited:
      return "finished";
  }
  return "?";
}
}  // namespace

double loop_time() { return loop_time(loop::running().get_executor()); }

timeout_scope::timeout_scope(std::optional<double> when) : state_(std::make_shared<state>()) {
  state_->when = when;
}

timeout_scope timeout(std::optional<double> delay) {
  return timeout_scope(delay ? std::optional<double>(loop_time() + *delay) : std::nullopt);
}

timeout_scope timeout_at(std::optional<double> when) { return timeout_scope(when); }

bool timeout_scope::expired() const {
  return state_->now == phase::expiring || state_->now == phase::expired;
}

void timeout_scope::reschedule(std::optional<double> when) { reschedule(state_, when); }

void timeout_scope::reschedule(const std::shared_ptr<state>& s, std::optional<double> when) {
  if (s->now != phase::entered) {
    throw std::logic_error(std::string("Cannot change state of ") + name_of(s->now) + " Timeout");
  }
  s->when = when;
  s->timeout_handler.cancel();
  s->timeout_handler = handle();
  if (!when) return;
  // _on_timeout: the task is cancelled, and the scope is expiring until it exits.
  auto on_timeout = [weak = std::weak_ptr<state>(s)] {
    auto st = weak.lock();
    if (!st || st->now != phase::entered) return;
    st->task->cancel();
    st->now = phase::expiring;
    st->timeout_handler = handle();
  };
  const auto ex = loop::running().get_executor();
  s->timeout_handler =
      *when <= loop_time(ex) ? call_soon(ex, on_timeout) : call_at(ex, *when, on_timeout);
}

void timeout_scope::enter(const std::shared_ptr<state>& s) {
  if (s->now != phase::created) throw std::logic_error("Timeout has already been entered");
  s->task = current_task();
  if (!s->task) throw std::logic_error("Timeout should be used inside a task");
  s->now = phase::entered;
  reschedule(s, s->when);
}

void timeout_scope::exit(state& s, const std::exception_ptr& error) {
  s.timeout_handler.cancel();
  s.timeout_handler = handle();
  if (s.now == phase::expiring) {
    s.now = phase::expired;
    // No other cancel request outstanding: this one was the scope's, and it is handled here.
    if (s.task->uncancel() == 0 && error && is_cancellation(error)) throw timeout_error();
  } else if (s.now == phase::entered) {
    s.now = phase::exited;
  }
  if (error) std::rethrow_exception(error);
}

}  // namespace course
