// The awaitable finishes before the timeout: wait_for returns its result, the timer is dropped.
#include "../diff_case.hpp"
namespace wait_for_result_in_time {

awaitable<std::string> job() {
  co_await course::sleep(1.0);
  print("job finished");
  co_return std::string("ok");
}

DIFF_CASE_RETURNING(wait_for_result_in_time, std::string) {
  auto w = course::wait_for(job(), 3);
  std::string r = co_await std::move(w);
  print("wait_for ->", r);
  co_await course::sleep(3.0);
  print("the 3 s timeout never fired");
  co_return r;
}
}  // namespace wait_for_result_in_time
