#include "course/callbacks.hpp"

#include "course/clock.hpp"
#include "course/task.hpp"
#include "course/timer.hpp"

#include <optional>

namespace course {

struct handle::state {
  std::function<void()> callback;
  bool cancelled = false;
  bool ran = false;
  double when = -1;
  std::optional<course::timer> timer;  // call_later, call_at

  void run() {
    if (cancelled || ran) return;
    ran = true;
    auto callback_now = std::move(callback);
    timer.reset();
    callback_now();  // an exception goes to the loop, which reports it
  }
};

void handle::cancel() {
  if (!state_ || state_->cancelled) return;
  state_->cancelled = true;
  state_->callback = nullptr;  // as Handle.cancel() drops its callback and arguments
  if (state_->timer) state_->timer->cancel();
}

bool handle::cancelled() const { return state_ && state_->cancelled; }

double handle::when() const { return state_ ? state_->when : -1; }

handle call_soon(const asio::any_io_executor& ex, std::function<void()> callback) {
  auto s = std::make_shared<handle::state>();
  s->callback = std::move(callback);
  asio::post(detail::loop_executor(ex), [s] { s->run(); });
  return handle(s);
}

handle call_at(const asio::any_io_executor& ex, double when, std::function<void()> callback) {
  const auto on_loop = detail::loop_executor(ex);
  auto s = std::make_shared<handle::state>();
  s->callback = std::move(callback);
  s->when = when;
  s->timer.emplace(on_loop);
  s->timer->expires_at(program_start() + secs(when));
  s->timer->async_wait([s](boost::system::error_code ec) {
    if (!ec) s->run();
  });
  return handle(s);
}

handle call_later(const asio::any_io_executor& ex, double delay, std::function<void()> callback) {
  return call_at(ex, loop_time(ex) + delay, std::move(callback));
}

double loop_time(const asio::any_io_executor& ex) {
  const auto& timers = asio::use_service<timer_service>(asio::query(ex, asio::execution::context));
  return seconds(timers.time() - program_start());
}

}  // namespace course
