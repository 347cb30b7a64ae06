// asyncio.timeout_at() with a deadline already past strikes on the next turn; timeout(0) the same.
#include "../diff_case.hpp"
namespace timeout_at_past {

awaitable<void> inside() {
  print("inside the scope");
  co_await course::sleep(0.0);
  print("never printed");
}

DIFF_CASE(timeout_at_past) {
  co_await course::sleep(1);
  try {
    auto cm = course::timeout_at(course::loop_time() - 1);
    auto scope = cm.async_with(inside());
    co_await std::move(scope);
  } catch (const course::timeout_error&) {
    print("TimeoutError at once");
  }
  try {
    auto cm = course::timeout(0);
    auto scope = cm.async_with(course::sleep(1));
    co_await std::move(scope);
  } catch (const course::timeout_error&) {
    print("timeout(0): TimeoutError");
  }
  print("done");
}
}  // namespace timeout_at_past
