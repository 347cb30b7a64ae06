#include "course/lock.hpp"

#include <utility>

namespace course {

semaphore::semaphore(const executor_type& ex, std::size_t value)
    : state_(std::make_shared<state>()) {
  state_->executor = ex;
  state_->value = value;
  state_->initial = value;
}

semaphore::~semaphore() {
  for (auto& w : std::exchange(state_->waiters, {})) {
    asio::post(w.work, asio::append(std::move(w.handler), asio::error::operation_aborted));
  }
}

void semaphore::release() {
  if (state_->waiters.empty()) {
    ++state_->value;
    return;
  }
  // The permit goes straight to the first waiter: value stays as it is.
  waiter w = std::move(state_->waiters.front());
  state_->waiters.pop_front();
  asio::post(w.work, asio::append(std::move(w.handler), boost::system::error_code{}));
}

void semaphore::state::cancel(std::uint64_t ticket) {
  for (auto it = waiters.begin(); it != waiters.end(); ++it) {
    if (it->ticket == ticket) {
      waiter w = std::move(*it);
      waiters.erase(it);
      asio::post(w.work, asio::append(std::move(w.handler), asio::error::operation_aborted));
      return;
    }
  }
}

void lock::release() {
  if (!held()) throw std::logic_error("Lock is not acquired.");
  semaphore::release();
}

}  // namespace course
