#include "course/threads.hpp"

#include <algorithm>
#include <thread>

namespace course {

std::size_t thread_pool_executor::default_max_workers() {
  return std::min<std::size_t>(32, std::thread::hardware_concurrency() + 4);
}

}  // namespace course
