#include "course/loop.hpp"

#include "course/clock.hpp"
#include "course/task.hpp"
#include "course/timer.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace course {
namespace {
thread_local loop* t_running = nullptr;
bool g_default_debug = false;

bool debug_from_environment() {
  const char* value = std::getenv("PYTHONASYNCIODEBUG");
  return value != nullptr && *value != '\0';
}
}  // namespace

void loop::set_default_debug(bool on) noexcept { g_default_debug = on; }

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

loop::loop() : debug_(g_default_debug || debug_from_environment()), previous_(t_running) {
  t_running = this;
}

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

std::size_t loop::run_one_handler() {
  if (!debug_) return io_.poll_one();
  const auto start = clock::now();
  const std::size_t ran = io_.poll_one();
  const double took = seconds_since(start);
  if (ran > 0 && took >= slow_callback_duration) {
    std::fflush(stdout);
    std::fprintf(debug_output, "Executing <handler> took %.3f seconds\n", took);
  }
  return ran;
}

bool loop::run_until(const std::function<bool()>& done) {
  io_.restart();
  while (!done()) {
    if (run_one_handler() > 0) continue;
    if (io_.stopped()) return false;  // no work left: nothing can make done() hold
    if (is_virtual() && holds_ == 0) {
      auto& timers = asio::use_service<virtual_timer_service>(io_);
      if (timers.fire_earliest() > 0) continue;
      throw stalled_error("every task is waiting and no timer is pending (waiting: " +
                          describe_waiting_tasks() + ")");
    }
    if (debug_) {
      // Wait outside the handlers, so that each handler's time is its own (io_context::run_one
      // would wait and run in one call). Debug mode makes the loop slower, in asyncio too.
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
      continue;
    }
    io_.run_one();  // real time, or real work holding virtual time: wait for it
  }
  return true;
}

}  // namespace course
