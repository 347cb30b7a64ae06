#include "course/timer.hpp"

#include <cmath>
#include <vector>

namespace course {

asio::execution_context::id virtual_timer_service::id;

virtual_timer_service::virtual_timer_service(asio::execution_context& context)
    : asio::execution_context::service(context) {}

std::uint64_t virtual_timer_service::add(timer& owner, clock::time_point deadline,
                                         handler_type handler) {
  const auto ticket = next_ticket_++;
  auto work = asio::prefer(owner.get_executor(), asio::execution::outstanding_work.tracked);
  waits_.emplace(key{deadline, ticket}, wait{&owner, std::move(handler), std::move(work)});
  deadlines_.emplace(ticket, deadline);
  ++owner.pending_virtual_;
  return ticket;
}

void virtual_timer_service::complete(std::map<key, wait>::iterator it,
                                     boost::system::error_code ec) {
  wait w = std::move(it->second);
  deadlines_.erase(it->first.second);
  waits_.erase(it);
  --w.owner->pending_virtual_;
  // A completion is never delivered from inside the call that caused it, as with asio's timers.
  asio::post(w.work, asio::append(std::move(w.handler), ec));
}

bool virtual_timer_service::cancel(std::uint64_t ticket) {
  const auto found = deadlines_.find(ticket);
  if (found == deadlines_.end()) return false;  // already completed
  complete(waits_.find(key{found->second, ticket}), asio::error::operation_aborted);
  return true;
}

std::size_t virtual_timer_service::cancel(const timer& owner) {
  std::size_t n = 0;
  for (auto it = waits_.begin(); it != waits_.end() && owner.pending_virtual_ > 0;) {
    auto next = std::next(it);
    if (it->second.owner == &owner) {
      complete(it, asio::error::operation_aborted);
      ++n;
    }
    it = next;
  }
  return n;
}

std::optional<clock::time_point> virtual_timer_service::earliest() const {
  if (waits_.empty()) return std::nullopt;
  return waits_.begin()->first.first;
}

std::size_t virtual_timer_service::fire_earliest() {
  if (waits_.empty()) return 0;
  const auto deadline = waits_.begin()->first.first;
  detail::advance_virtual_time_to(deadline);
  std::size_t n = 0;
  while (!waits_.empty() && waits_.begin()->first.first <= clock::now()) {
    complete(waits_.begin(), {});
    ++n;
  }
  return n;
}

void virtual_timer_service::shutdown() {
  // Destroying a handler can destroy a coroutine frame that owns a timer, whose destructor calls
  // back into this service: take the waits out first.
  std::vector<wait> dropped;
  for (auto& [k, w] : waits_) {
    --w.owner->pending_virtual_;
    dropped.push_back(std::move(w));
  }
  waits_.clear();
  deadlines_.clear();
  dropped.clear();
}

timer::timer(const executor_type& ex)
    : real_(ex),
      virtual_(is_virtual() ? &asio::use_service<virtual_timer_service>(
                                  asio::query(ex, asio::execution::context))
                            : nullptr) {}

timer::timer(const executor_type& ex, duration d) : timer(ex) { real_.expires_after(d); }

timer::~timer() {
  if (pending_virtual_ > 0) virtual_->cancel(*this);
}

std::size_t timer::cancel() {
  std::size_t n = real_.cancel();
  if (pending_virtual_ > 0) n += virtual_->cancel(*this);
  return n;
}

std::size_t timer::expires_after(duration d) {
  const std::size_t n = cancel();
  real_.expires_after(d);
  return n;
}

std::size_t timer::expires_at(time_point t) {
  const std::size_t n = cancel();
  real_.expires_at(t);
  return n;
}

asio::awaitable<void> sleep(clock::duration d) {
  auto ex = co_await asio::this_coro::executor;
  if (d <= clock::duration::zero()) {
    co_await asio::post(ex, asio::use_awaitable);
    co_return;
  }
  timer t(ex, d);
  co_await t.async_wait(asio::use_awaitable);
}

asio::awaitable<void> sleep(double seconds) { return sleep(secs(seconds)); }

}  // namespace course
