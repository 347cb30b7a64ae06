#include "course/timer.hpp"

#include "course/loop.hpp"
#include "course/task.hpp"

#include <algorithm>
#include <chrono>
#include <vector>

namespace course {

asio::execution_context::id timer_service::id;

timer_service::timer_service(asio::execution_context& context)
    : asio::execution_context::service(context) {}

namespace {
clock::duration busy_window() {  // 5 ms of real time, in course time
  return std::chrono::duration_cast<clock::duration>(
      std::chrono::duration<double, std::milli>(5.0 * speed()));
}
}  // namespace

clock::time_point timer_service::time() const {
  const auto now = clock::now();
  if (is_virtual() || !turn_time_) return now;
  // A long turn, or one of many handlers (a million tasks starting), counts its time as it goes.
  if (handlers_ >= many_handlers || now - turn_started_ > 10 * busy_window()) return now;
  auto t = *turn_time_ + blocked_;
  if (now - handler_start_ > busy_window()) t += now - handler_start_;  // this one blocks
  return std::min(t, now);
}

void timer_service::start_handler(clock::time_point now) {
  if (now - handler_start_ > busy_window()) blocked_ += now - handler_start_;
  handler_start_ = now;
  ++handlers_;
}

timer_service::key timer_service::add(timer* owner, const asio::any_io_executor& loop,
                                      clock::time_point deadline, handler_type handler,
                                      bool task_waiter) {
  const key k{deadline, next_++};
  if (waits_.empty()) {
    loop_ = loop;
    work_ = asio::prefer(loop_, asio::execution::outstanding_work.tracked);
  }
  waits_.emplace(k, wait{owner, std::move(handler), task_waiter});
  if (owner != nullptr) owner->pending_.push_back(k);
  return k;
}

timer_service::wait timer_service::take(std::map<key, wait>::iterator it) {
  wait w = std::move(it->second);
  if (w.owner != nullptr) {
    auto& pending = w.owner->pending_;
    pending.erase(std::find(pending.begin(), pending.end(), it->first));
  }
  waits_.erase(it);
  return w;
}

bool timer_service::cancel(const key& k) {
  const auto it = waits_.find(k);
  if (it == waits_.end()) return false;  // already completed
  wait w = take(it);
  detail::count_cancelled_wait();
  // A completion is never delivered from inside the call that caused it, as with asio's timers.
  detail::post_aborted(loop_, std::move(w.handler));
  if (waits_.empty()) work_ = asio::any_io_executor();  // after the post, which is work too
  return true;
}

std::size_t timer_service::cancel(timer& owner) {
  std::size_t n = 0;
  while (!owner.pending_.empty()) n += cancel(owner.pending_.front()) ? 1U : 0U;
  return n;
}

std::optional<clock::time_point> timer_service::earliest() const {
  if (waits_.empty()) return std::nullopt;
  return waits_.begin()->first.first;
}

std::size_t timer_service::start_turn() {
  const auto now = clock::now();
  std::optional<clock::time_point> latest;
  std::size_t n = 0;
  while (!waits_.empty() && waits_.begin()->first.first <= now) {
    latest = waits_.begin()->first.first;
    wait w = take(waits_.begin());
    ++n;
    if (!w.task_waiter) {
      asio::post(loop_, asio::append(std::move(w.handler), boost::system::error_code{}));
      continue;
    }
    // The timer's callback resolves the sleep's future; the task wakes on the next turn.
    asio::post(loop_, [handler = std::move(w.handler), loop = loop_]() mutable {
      detail::post_resume(loop, std::move(handler));
    });
  }
  if (waits_.empty()) work_ = asio::any_io_executor();  // after the posts, which are work too
  const auto anchor = latest ? *latest : turn_time_.value_or(now) + blocked_;
  turn_time_ = now - anchor < busy_window() ? anchor : now;
  blocked_ = {};
  handlers_ = 0;
  handler_start_ = turn_started_ = now;
  return n;
}

bool timer_service::belongs_to_task(const asio::any_io_executor& ex) noexcept {
  return detail::task_of(ex) != nullptr;
}

void timer_service::note_wait() { loop::note_wait("a timer"); }

bool timer_service::take_must_cancel() noexcept { return detail::take_must_cancel(); }

void timer_service::shutdown() {
  // Destroying a handler can destroy a coroutine frame that owns a timer, whose destructor calls
  // back into this service: take the waits out first.
  std::vector<wait> dropped;
  for (auto& [k, w] : waits_) {
    if (w.owner != nullptr) w.owner->pending_.clear();
    dropped.push_back(std::move(w));
  }
  waits_.clear();
  work_ = asio::any_io_executor();
  dropped.clear();
}

timer::timer(const executor_type& ex)
    : executor_(ex),
      service_(&asio::use_service<timer_service>(asio::query(ex, asio::execution::context))),
      expiry_(service_->time()) {}

timer::timer(const executor_type& ex, duration d) : timer(ex) { expiry_ = service_->time() + d; }

timer::~timer() { service_->cancel(*this); }

timer::executor_type timer::loop_executor() const { return detail::loop_executor(executor_); }

std::size_t timer::cancel() { return service_->cancel(*this); }

std::size_t timer::expires_after(duration d) {
  const std::size_t n = cancel();
  const auto now = service_->time();
  expiry_ = d >= time_point::max() - now ? time_point::max() : now + d;
  return n;
}

std::size_t timer::expires_at(time_point t) {
  const std::size_t n = cancel();
  expiry_ = t;
  return n;
}

namespace {
// asyncio's sleep(0) is a bare yield: a cancel that comes meanwhile lands when it resumes.
asio::awaitable<void> yield_once() {
  auto ex = co_await asio::this_coro::executor;
  detail::throw_if_must_cancel();
  co_await asio::post(ex, asio::use_awaitable);
  detail::throw_if_must_cancel();
}

// A sleep's wait, as a course::timer's, on the loop behind the handler's executor.
struct initiate_sleep {
  clock::duration d;
  template <typename Handler>
  void operator()(Handler&& handler) const {
    const auto loop_executor = detail::loop_executor(asio::get_associated_executor(handler));
    auto& service =
        asio::use_service<timer_service>(asio::query(loop_executor, asio::execution::context));
    service.start_wait(nullptr, loop_executor, service.time() + d, std::forward<Handler>(handler));
  }
};
}  // namespace

asio::awaitable<void> sleep(clock::duration d) {
  if (d <= clock::duration::zero()) return yield_once();
  return asio::async_initiate<decltype(asio::use_awaitable), void(boost::system::error_code)>(
      initiate_sleep{d}, asio::use_awaitable);
}

asio::awaitable<void> sleep(double seconds) { return sleep(secs(seconds)); }

}  // namespace course
