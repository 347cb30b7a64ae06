// After gather raised the first error, children failing later are marked retrieved: nothing is
// logged.
#include "../diff_case.hpp"
namespace gather_later_failures_retrieved {

template <typename T>
awaitable<void> fail(T delay) {
  co_await course::sleep(static_cast<double>(delay));
  print("failing at", delay);
  throw std::invalid_argument("fail at " + course::py::str(delay));
}

DIFF_CASE(gather_later_failures_retrieved) {
  try {
    auto w = course::gather(fail(0.5), fail(1), fail(2));
    co_await std::move(w);
  } catch (const std::invalid_argument& e) {
    print("gather raised:", e.what());
  }
  co_await course::sleep(3.0);
  print("no 'never retrieved' record");
}
}  // namespace gather_later_failures_retrieved
