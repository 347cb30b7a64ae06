// gather() returns results in argument order, not in finishing order.
#include "../diff_case.hpp"
namespace gather_results_order {

struct pylist {
  std::vector<std::string> items;
  friend std::string str(const pylist& l) { return course::py::list(l.items); }
};

awaitable<std::string> job(std::string name, double delay) {
  co_await course::sleep(delay);
  print(name, "finished");
  std::string upper = name;
  for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  co_return upper;
}

DIFF_CASE_RETURNING(gather_results_order, pylist) {
  auto w = course::gather(job("slow", 3), job("fast", 1), job("mid", 2));
  auto res = co_await std::move(w);
  print(course::py::list(res));
  co_return pylist{res};
}
}  // namespace gather_results_order
