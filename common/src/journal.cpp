#include "course/journal.hpp"

#include "course/clock.hpp"

#include <mutex>
#include <utility>

namespace course::journal {
namespace {
std::mutex g_mutex;  // a lesson may print from a thread pool
std::vector<entry> g_entries;
std::vector<std::pair<std::string, double>> g_figures;
thread_local std::uint64_t t_current_task = 0;
thread_local std::uint64_t t_outermost_step = 0;

void add(kind what, std::uint64_t task, const std::string& text) {
  const double at = program_seconds();
  const std::lock_guard lock(g_mutex);
  g_entries.push_back({at, what, task, text, t_current_task});
}
}  // namespace

void clear() {
  const std::lock_guard lock(g_mutex);
  g_entries.clear();
  g_figures.clear();
}

void printed(const std::string& line) { add(kind::printed, t_current_task, line); }

void reported(const std::string& text) { add(kind::reported, t_current_task, text); }

std::uint64_t current_task() noexcept { return t_current_task; }

// A step inside a step of the same task (asio dispatching inline) is part of the outer one.
task_step::task_step(std::uint64_t task) : task_(task), outer_(t_current_task) {
  if (outer_ == task_) return;
  add(kind::task_resumed, task, {});
  if (outer_ == 0) t_outermost_step = task;
  t_current_task = task;
}

task_step::~task_step() {
  if (outer_ == task_) return;
  t_current_task = outer_;
  add(kind::task_suspended, task_, {});
}

void task_event(kind what, std::uint64_t task, const std::string& name) { add(what, task, name); }

void begin_program() {
  clear();
  start_program();
}

std::uint64_t take_last_step() noexcept { return std::exchange(t_outermost_step, 0); }

std::string task_name(std::uint64_t task) {
  const std::lock_guard lock(g_mutex);
  for (const auto& e : g_entries) {
    if (e.what == kind::task_created && e.task == task) return e.text;
  }
  return {};
}

std::vector<entry> entries() {
  const std::lock_guard lock(g_mutex);
  return g_entries;
}

void figure(const std::string& name, double value) {
  const std::lock_guard lock(g_mutex);
  g_figures.emplace_back(name, value);
}

std::vector<std::pair<std::string, double>> figures() {
  const std::lock_guard lock(g_mutex);
  return g_figures;
}

}  // namespace course::journal
