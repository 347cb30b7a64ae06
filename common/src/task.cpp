#include "course/task.hpp"

namespace course::detail {

// The instantiations task.hpp declares extern.
template task<void> start_task<void>(spawn_initiation&&, const use_task_t&, spawn_function<void>&&);
template task<int> start_task<int>(spawn_initiation&&, const use_task_t&, spawn_function<int>&&);

}  // namespace course::detail
