// asyncio.run() returns the value main() returns.
#include "../diff_case.hpp"
namespace run_main_returns_value {

struct result_dict {
  int a, b;
  friend std::string str(const result_dict& d) {
    return "{'a': " + course::py::str(d.a) + ", 'b': " + course::py::str(d.b) + "}";
  }
};

awaitable<int> compute(int x, double delay) {
  co_await course::sleep(delay);
  co_return x * 2;
}

DIFF_CASE_RETURNING(run_main_returns_value, result_dict) {
  int a = co_await compute(3, 1);
  int b = co_await compute(4, 0.5);
  print("computed", a, b);
  co_return result_dict{a, b};
}
}  // namespace run_main_returns_value
