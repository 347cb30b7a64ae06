// Timeout.reschedule() moves the deadline while the scope runs; work done in time leaves it
// normally.
#include "../diff_case.hpp"

#include <cmath>
namespace timeout_reschedule {

awaitable<void> in_scope(course::timeout_scope cm, double start) {
  print("deadline, from the start:", std::lround(*cm.when() - start));
  cm.reschedule(course::loop_time() + 3);
  print("moved to", std::lround(*cm.when() - start));
  co_await course::sleep(2);
  print("slept 2 s inside the scope");
}

DIFF_CASE(timeout_reschedule) {
  const double start = course::loop_time();
  auto cm = course::timeout(1);
  auto scope = cm.async_with(in_scope(cm, start));
  co_await std::move(scope);
  print("expired():", cm.expired());
  try {
    cm.reschedule(10);
  } catch (const std::logic_error& e) {
    print("RuntimeError:", e.what());
  }
  auto no_deadline = course::timeout(std::nullopt);
  auto second = no_deadline.async_with(course::sleep(1));
  co_await std::move(second);
  print("no deadline, when():", no_deadline.when() ? "a time" : "None");
}
}  // namespace timeout_reschedule
