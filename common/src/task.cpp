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

namespace {
// A task's executor after require or prefer wraps the io_context's executor with other property
// bits (blocking.never 1, relationship.continuation 2, outstanding_work.tracked 4).
template <unsigned Bits>
using task_executor_with =
    task_executor<asio::io_context::basic_executor_type<std::allocator<void>, Bits>>;

template <unsigned Bits = 0>
task_core* find_task(const asio::any_io_executor& ex, asio::any_io_executor* inner) {
  if constexpr (Bits < 8) {
    if (const auto* t = ex.target<task_executor_with<Bits>>()) {
      if (inner != nullptr) *inner = t->inner();
      return t->task();
    }
    return find_task<Bits + 1>(ex, inner);
  } else {
    return nullptr;
  }
}
}  // namespace

asio::any_io_executor loop_executor(const asio::any_io_executor& ex) {
  asio::any_io_executor inner;
  return find_task(ex, &inner) != nullptr ? inner : ex;
}

task_core* task_of(const asio::any_io_executor& ex) noexcept { return find_task(ex, nullptr); }

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
