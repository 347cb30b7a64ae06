#include "course/event.hpp"

namespace course {

event::event(const executor_type& ex) : state_(std::make_shared<state>()) {
  state_->executor = ex;
}

event::~event() { state_->complete_all(asio::error::operation_aborted); }

void event::set() {
  state_->flag = true;
  state_->complete_all({});
}

void event::state::complete_all(boost::system::error_code ec) {
  auto woken = std::move(waiters);
  waiters.clear();
  for (auto& w : woken) asio::post(w.work, asio::append(std::move(w.handler), ec));
}

void event::state::cancel(std::uint64_t ticket) {
  for (auto it = waiters.begin(); it != waiters.end(); ++it) {
    if (it->ticket == ticket) {
      waiter w = std::move(*it);
      waiters.erase(it);
      asio::post(w.work, asio::append(std::move(w.handler), asio::error::operation_aborted));
      return;
    }
  }
}

}  // namespace course
