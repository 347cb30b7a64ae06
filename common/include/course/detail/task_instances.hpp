// Internal to the course runtime: what task.hpp's co_spawn(ex, coroutine(), use_task) is
// instantiated as for the coroutines lessons spawn most, those returning nothing or an int. The
// runtime (task.cpp) instantiates them once, and no lesson again: a lesson compiles about a second
// faster. The types are those co_spawn hands use_task's async_result for an asio::awaitable<T> on
// the default executor, Asio's own detail types, which is why they live here and not in task.hpp.
#pragma once

#include "course/task.hpp"

namespace course::detail {

using spawn_initiation = asio::detail::initiate_co_spawn<asio::any_io_executor>;
template <typename T>
using spawn_function = asio::detail::awaitable_as_function<T, asio::any_io_executor>;
extern template task<void> start_task<void>(spawn_initiation&&, const use_task_t&,
                                            spawn_function<void>&&);
extern template task<int> start_task<int>(spawn_initiation&&, const use_task_t&,
                                          spawn_function<int>&&);

}  // namespace course::detail
