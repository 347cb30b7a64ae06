#include "course/loop.hpp"

#include "course/clock.hpp"
#include "course/task.hpp"
#include "course/timer.hpp"

namespace course {
namespace {
thread_local loop* t_running = nullptr;
}

bool is_cancellation(const std::exception_ptr& e) {
  if (!e) return false;
  try {
    std::rethrow_exception(e);
  } catch (const boost::system::system_error& error) {
    return error.code() == asio::error::operation_aborted;
  } catch (...) {
    return false;
  }
}

namespace detail {
std::exception_ptr make_cancelled_error() {
  return std::make_exception_ptr(
      boost::system::system_error(asio::error::operation_aborted, "task cancelled"));
}
}  // namespace detail

loop::loop() : previous_(t_running) { t_running = this; }

loop::~loop() {
  for (auto& t : tasks_) t->drop_waiters();
  t_running = previous_;
}

loop& loop::running() {
  if (!t_running) throw std::runtime_error("no running event loop");
  return *t_running;
}

std::uint64_t loop::add_task(std::shared_ptr<detail::task_core> task) {
  tasks_.push_back(std::move(task));
  return next_task_id_++;
}

void loop::cancel_remaining_tasks() {
  for (auto& t : tasks_) t->cancel();
}

std::string loop::describe_waiting_tasks() const {
  std::string out;
  for (const auto& t : tasks_) {
    if (!t->done) out += (out.empty() ? "" : ", ") + t->name;
  }
  return out.empty() ? "none" : out;
}

bool loop::run_until(const std::function<bool()>& done) {
  io_.restart();
  while (!done()) {
    if (io_.poll_one() > 0) continue;
    if (io_.stopped()) return false;  // no work left: nothing can make done() hold
    if (is_virtual() && holds_ == 0) {
      auto& timers = asio::use_service<virtual_timer_service>(io_);
      if (timers.fire_earliest() > 0) continue;
      throw stalled_error("every task is waiting and no timer is pending (waiting: " +
                          describe_waiting_tasks() + ")");
    }
    io_.run_one();  // real time, or real work holding virtual time: wait for it
  }
  return true;
}

}  // namespace course
