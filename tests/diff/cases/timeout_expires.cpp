// asyncio.timeout(): the work in the scope is cancelled at the deadline and TimeoutError leaves the
// scope.
#include "../diff_case.hpp"
namespace timeout_expires {

awaitable<void> long_job() {
  try {
    co_await course::sleep(2);
    print("never printed");
  } catch (const boost::system::system_error&) {
    print("long_job cancelled");
    throw;
  }
}

DIFF_CASE(timeout_expires) {
  auto cm = course::timeout(1);
  try {
    auto scope = cm.async_with(long_job());
    co_await std::move(scope);
  } catch (const course::timeout_error&) {
    print("TimeoutError; expired():", cm.expired());
  }
  auto me = *course::current_task();
  print("cancelling() after the scope:", me.cancelling());
  co_await course::sleep(0.5);
  print("the task goes on");
}
}  // namespace timeout_expires
