#include "course/event.hpp"

namespace course {

event::event(const executor_type& ex) : state_(std::make_shared<state>()) {
  state_->waiters = detail::waiter_queue::make(ex);
}

event::~event() { state_->waiters->abort_all(); }

void event::set() {
  state_->flag = true;
  state_->waiters->wake_all();
}

}  // namespace course
