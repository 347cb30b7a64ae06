// gather() wraps coroutines in tasks, which start in argument order once the caller yields.
#include "../diff_case.hpp"
namespace gather_coroutines {

awaitable<std::string> step(std::string name, double delay) {
  print(name, "starts");
  co_await course::sleep(delay);
  print(name, "ends");
  co_return name;
}

DIFF_CASE(gather_coroutines) {
  auto x = step("x", 2);
  auto y = step("y", 1);
  auto z = step("z", 2);
  print("coroutines made, none has run");
  auto w = course::gather(std::move(x), std::move(y), std::move(z));
  auto res = co_await std::move(w);
  print(course::py::list(res));
}
}  // namespace gather_coroutines
