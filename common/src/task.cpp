#include "course/task.hpp"

namespace course::detail {

namespace {
thread_local task_core* t_current = nullptr;
thread_local std::uint64_t t_cancelled_waits = 0;
}  // namespace

step_of::step_of(task_core* task) : journal_(task->id), outer_(t_current) { t_current = task; }
step_of::~step_of() { t_current = outer_; }

task_core* current_task() noexcept { return t_current; }

bool take_must_cancel() noexcept {
  if (t_current == nullptr || !t_current->must_cancel) return false;
  t_current->must_cancel = false;
  return true;
}

void throw_if_must_cancel() {
  if (take_must_cancel()) std::rethrow_exception(make_cancelled_error());
}

asio::any_io_executor loop_executor(const asio::any_io_executor& ex) {
  if (const auto* task = ex.target<task_executor<asio::any_io_executor>>()) return task->inner();
  return ex;
}

void count_cancelled_wait() noexcept { ++t_cancelled_waits; }
std::uint64_t cancelled_waits() noexcept { return t_cancelled_waits; }

// The instantiations detail/task_instances.hpp declares extern.
template task<void> start_task<void>(spawn_initiation&&, const use_task_t&, spawn_function<void>&&);
template task<int> start_task<int>(spawn_initiation&&, const use_task_t&, spawn_function<int>&&);

}  // namespace course::detail

namespace course {

std::optional<any_task> current_task() {
  auto* core = detail::current_task();
  if (core == nullptr) return std::nullopt;
  return any_task(core->shared_from_this());
}

std::vector<any_task> all_tasks() {
  std::vector<any_task> out;
  for (const auto& t : loop::running().tasks()) {
    if (!t->done) out.emplace_back(t);
  }
  return out;
}

}  // namespace course
