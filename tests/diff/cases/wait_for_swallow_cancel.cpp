// The inner task swallows the timeout's cancellation and returns: 3.11's wait_for returns that
// value.
#include "../diff_case.hpp"
namespace wait_for_swallow_cancel {

awaitable<std::string> stubborn() {
  bool cancelled = false;
  try {
    co_await course::sleep(10.0);
  } catch (...) {
    if (!course::is_cancellation(std::current_exception())) throw;
    print("inner: cancelled, returning a value anyway");
    cancelled = true;
  }
  if (cancelled) co_return std::string("swallowed");
  co_return std::string("finished");
}

DIFF_CASE_RETURNING(wait_for_swallow_cancel, std::string) {
  auto w = course::wait_for(stubborn(), 2);
  std::string r = co_await std::move(w);
  print("wait_for returned:", r);
  co_return r;
}
}  // namespace wait_for_swallow_cancel
