// A loop made by hand: run_until_complete() twice on one loop, then close(); no loop runs in
// between.
#include "../diff_case.hpp"
namespace run_until_complete_manual_loop {

awaitable<std::string> step(std::string name, double delay) {
  print(name, "starts");
  co_await course::sleep(delay);
  print(name, "ends");
  co_return name;
}

DIFF_PROGRAM(run_until_complete_manual_loop) {
  course::loop loop;
  std::string r1, r2;
  try {
    r1 = course::run_until_complete(loop, step("one", 1));
    print("between the runs:", r1);
    r2 = course::run_until_complete(loop, step("two", 2));
  } catch (...) {
    loop.close();  // finally:
    throw;
  }
  loop.close();
  print("closed:", loop.is_closed());
  return course::py::list(std::vector<std::string>{r1, r2});
}
}  // namespace run_until_complete_manual_loop
