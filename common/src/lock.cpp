#include "course/lock.hpp"

namespace course {

semaphore::semaphore(const executor_type& ex, std::size_t value)
    : state_(std::make_shared<state>()) {
  state_->value = value;
  state_->waiters = detail::waiter_queue::make(ex);
}

semaphore::~semaphore() { state_->waiters->abort_all(); }

void semaphore::release() {
  ++state_->value;
  state_->wake_up_next();
}

lock::lock(const executor_type& ex) : state_(std::make_shared<state>()) {
  state_->waiters = detail::waiter_queue::make(ex);
}

lock::~lock() { state_->waiters->abort_all(); }

void lock::release() {
  if (!state_->locked) throw std::logic_error("Lock is not acquired.");
  state_->locked = false;
  state_->waiters->wake_first();
}

}  // namespace course
