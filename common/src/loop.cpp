#include "course/loop.hpp"

#include "course/clock.hpp"
#include "course/errors.hpp"
#include "course/journal.hpp"
#include "course/task.hpp"
#include "course/threads.hpp"
#include "course/timer.hpp"
#include "course/waiters.hpp"

#include <boost/asio/thread_pool.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <utility>

namespace course {
namespace {
thread_local loop* t_running = nullptr;
bool g_default_debug = false;

// SIGINTs received; the handler only counts (and ends the process on the second, with the line
// catch_interrupts prepared, as a signal handler can only write(2) what is already made).
volatile std::sig_atomic_t g_interrupts = 0;
char g_second_line[256] = {};
std::size_t g_second_line_size = 0;
extern "C" void count_interrupt(int) {
  g_interrupts = g_interrupts + 1;
  if (g_interrupts >= 2) {
    (void)!::write(STDERR_FILENO, g_second_line, g_second_line_size);
    ::_exit(130);
  }
}

bool debug_from_environment() {
  const char* value = std::getenv("PYTHONASYNCIODEBUG");
  return value != nullptr && *value != '\0';
}
}  // namespace

void loop::set_default_debug(bool on) noexcept { g_default_debug = on; }
bool loop::default_debug() noexcept { return g_default_debug || debug_from_environment(); }

loop::loop() : debug_(g_default_debug || debug_from_environment()), previous_(t_running) {
  t_running = this;
}

void catch_interrupts(const std::string& second_line) {
  const auto line = second_line + "\n";
  g_second_line_size = std::min(line.size(), sizeof g_second_line);
  std::memcpy(g_second_line, line.data(), g_second_line_size);
  g_interrupts = 0;
  struct sigaction count {};
  count.sa_handler = count_interrupt;
  count.sa_flags = SA_RESTART;
  sigemptyset(&count.sa_mask);
  ::sigaction(SIGINT, &count, nullptr);
}

bool interrupt_pending() noexcept { return g_interrupts > 0; }

loop::~loop() {
  for (auto& t : tasks_) t->drop_waiters();
  // Dropping a continuation can end a coroutine frame that makes or ends queues: take them out.
  for (auto& weak : std::exchange(queues_, {})) {
    if (auto queue = weak.lock()) queue->clear();
  }
  t_running = previous_;
}

void loop::on_interrupt(std::function<void()> fn) { on_interrupt_ = std::move(fn); }

void loop::check_interrupt() {
  if (g_interrupts == 0 || interrupted_ || !on_interrupt_) return;
  interrupted_ = true;
  // Run as a handler of the loop, as asyncio's signal handling schedules its callback
  // (call_soon_threadsafe), so that the cancel lands as any task's cancel does.
  asio::post(io_, on_interrupt_);
}

asio::thread_pool& loop::default_executor() {
  if (!default_executor_) {
    default_executor_ =
        std::make_unique<asio::thread_pool>(thread_pool_executor::default_max_workers());
  }
  return *default_executor_;
}

void loop::shutdown_default_executor() {
  if (!default_executor_) return;
  run_until([this] { return holds_ == 0; });
  default_executor_->join();
  default_executor_.reset();
}

loop& loop::running() {
  if (!t_running) throw std::runtime_error("no running event loop");
  return *t_running;
}

void loop::adopt(const std::shared_ptr<detail::waiter_queue>& queue) {
  if (t_running == nullptr) return;
  auto& queues = t_running->queues_;
  // Forget the queues that are gone now and then, so the list follows the live ones.
  if (queues.size() >= 64 && queues.size() == queues.capacity()) {
    std::erase_if(queues, [](const auto& weak) { return weak.expired(); });
  }
  queues.push_back(queue);
}

std::uint64_t loop::add_task(std::shared_ptr<detail::task_core> task) {
  if (tasks_.size() == tasks_.capacity()) {  // before it grows, the tasks that are over leave
    std::erase_if(tasks_, [](const auto& t) {
      return t->done && (!t->error || t->retrieved || t->cancelled());
    });
    // Room for as many again, so that the sweeps cost O(1) per task however few leave.
    if (tasks_.size() > tasks_.capacity() / 2) tasks_.reserve(tasks_.capacity() * 2);
  }
  tasks_.push_back(std::move(task));
  return next_task_id_++;
}

void loop::cancel_remaining_tasks() {
  for (auto& t : tasks_) t->cancel();
}

std::string loop::describe_waiting_tasks() const {
  std::string out;
  for (const auto& t : tasks_) {
    if (t->done) continue;
    out += (out.empty() ? "" : ", ") + t->name;
    if (!t->started) {
      out += " (not started)";
    } else if (auto awaited = t->waits_on_task.lock()) {
      out += " on " + awaited->name;
    } else {
      out += " on " + std::string(t->waits_on != nullptr ? t->waits_on : "something else");
    }
  }
  return out.empty() ? "none" : out;
}

void loop::note_wait(const char* what) {
  if (auto* task = detail::current_task(); t_running != nullptr && task != nullptr) {
    task->waits_on = what;
    task->waits_on_task.reset();
  }
}

void loop::note_wait_on(const std::shared_ptr<detail::task_core>& awaited) {
  if (auto* task = detail::current_task(); t_running != nullptr && task != nullptr) {
    task->waits_on_task = awaited;
  }
}

// A handler that throws is reported as asyncio's default exception handler reports a callback
// that raises, and the loop runs on.
std::size_t loop::run_one_handler() {
  const auto start = debug_ ? clock::now() : clock::time_point();
  std::size_t ran = 0;
  if (debug_) journal::take_last_step();
  try {
    ran = io_.poll_one();
  } catch (...) {
    detail::report_exception("Exception in callback", "<handler>", std::current_exception());
    ran = 1;
  }
  if (!debug_) return ran;
  const double took = seconds_since(start);
  if (ran > 0 && took >= slow_callback_duration) {
    // asyncio names what ran: "Executing <Task ... name='Task-2' coro=<...>> took 0.201 seconds".
    const auto task = journal::take_last_step();
    const auto name = task != 0 ? journal::task_name(task) : std::string();
    const std::string what = name.empty() ? "<handler>" : "<Task name='" + name + "'>";
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.3f", took);
    const std::string line = "Executing " + what + " took " + seconds + " seconds";
    journal::reported(line);
    std::fflush(stdout);
    std::fprintf(debug_output, "%s\n", line.c_str());
  }
  return ran;
}

std::size_t loop::run_turn() {
  auto& timers = asio::use_service<timer_service>(io_);
  std::size_t ran = timers.start_turn();
  if (io_.stopped()) return ran;
  auto end = std::make_shared<bool>(false);
  asio::post(io_, [end] { *end = true; });
  // Which handlers block, for loop.time(): in real time, for the first handlers of the turn.
  std::size_t told = is_virtual() ? timer_service::many_handlers : 0;
  while (!*end) {
    if (told < timer_service::many_handlers) {
      timers.start_handler(clock::now());
      ++told;
    }
    if (run_one_handler() == 0) break;
    ++ran;
  }
  return *end ? ran - 1 : ran;  // the marker is no handler of the program's
}

void loop::wait_in_real_time() {
  const auto next = asio::use_service<timer_service>(io_).earliest();
  if (!is_virtual() && next && next != waker_set_for_) {
    if (!waker_) waker_.emplace(io_);
    waker_->expires_at(*next);
    waker_set_for_ = next;
    waker_->async_wait([this, at = *next](boost::system::error_code) {
      if (waker_set_for_ == at) waker_set_for_.reset();
    });
  }
  if (debug_) {
    // Wait outside the handlers, so that each handler's time is its own (io_context::run_one
    // would wait and run in one call). Debug mode makes the loop slower, in asyncio too.
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return;
  }
  // Wait for the waker, I/O or a thread's completion, looking up now and then for a Ctrl-C (the
  // signal handler can only count it). What wakes the loop runs as a turn of its own.
  wait_for_io(std::chrono::milliseconds(50));
}

std::size_t loop::wait_for_io(std::chrono::milliseconds at_most) {
  try {
    return io_.run_one_for(at_most);
  } catch (...) {
    detail::report_exception("Exception in callback", "<handler>", std::current_exception());
    return 1;
  }
}

void loop::close() {
  if (running_) throw std::runtime_error("Cannot close a running event loop");
  closed_ = true;
  default_executor_.reset();  // ~thread_pool: the work not yet begun is dropped, threads joined
}

bool loop::run_until(const std::function<bool()>& done) {
  if (closed_) throw std::runtime_error("Event loop is closed");
  if (running_) throw std::runtime_error("This event loop is already running");
  running_ = true;
  struct not_running {
    bool& running;
    ~not_running() { running = false; }
  } on_exit{running_};
  io_.restart();
  while (!done()) {
    check_interrupt();
    if (run_turn() > 0) continue;
    if (io_.stopped()) return false;  // no work left: nothing can make done() hold
    if (is_virtual() && holds_ == 0) {
      if (open_sockets_ > 0 && wait_for_io(io_grace) > 0) continue;
      const auto next = asio::use_service<timer_service>(io_).earliest();
      if (!next) {
        throw stalled_error("every task is waiting and no timer is pending (waiting: " +
                            describe_waiting_tasks() + ")");
      }
      detail::advance_virtual_time_to(*next);
      continue;
    }
    wait_in_real_time();
  }
  return true;
}

}  // namespace course
