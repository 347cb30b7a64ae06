// run_until_complete() raises the coroutine's exception; the same loop can run again afterwards.
#include "../diff_case.hpp"
namespace run_until_complete_raises {

awaitable<void> fail() {
  co_await course::sleep(1.0);
  print("fail: raising");
  throw std::out_of_range("k");
}

awaitable<std::string> again() {
  co_await course::sleep(1.0);
  print("again: done");
  co_return std::string("again");
}

DIFF_PROGRAM(run_until_complete_raises) {
  course::loop loop;
  try {
    course::run_until_complete(loop, fail());
  } catch (const std::out_of_range& e) {
    print("run_until_complete raised KeyError", course::py::repr(e.what()));
  }
  std::string r = course::run_until_complete(loop, again());
  print("second run:", r);
  return course::py::repr(r);
}
}  // namespace run_until_complete_raises
