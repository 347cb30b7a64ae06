// On timeout wait_for waits for the cancelled task to finish its cleanup: TimeoutError comes late.
#include "../diff_case.hpp"
namespace wait_for_timeout_slow_cleanup {

awaitable<void> job() {
  std::exception_ptr error;
  try {
    co_await course::sleep(10.0);
  } catch (...) {
    error = std::current_exception();
  }
  print("job: cleanup for 1 s");  // finally:
  co_await course::sleep(1.0);
  print("job: cleanup done");
  if (error) std::rethrow_exception(error);
}

DIFF_CASE(wait_for_timeout_slow_cleanup) {
  try {
    auto w = course::wait_for(job(), 2);
    co_await std::move(w);
  } catch (const course::timeout_error&) {
    print("TimeoutError only after the cleanup");
  }
}
}  // namespace wait_for_timeout_slow_cleanup
