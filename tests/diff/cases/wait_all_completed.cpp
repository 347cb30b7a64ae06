// wait() returns (done, pending) once all are finished; it does not raise the tasks' errors.
#include "../diff_case.hpp"
namespace wait_all_completed {

awaitable<int> job(int i) {
  co_await course::sleep(double(i));
  if (i == 2) throw std::invalid_argument("two failed");
  print("job", i, "ok");
  co_return i;
}

DIFF_CASE(wait_all_completed) {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<int>> ts;
  for (int i : {1, 2, 3}) ts.push_back(co_spawn(ex, job(i), use_task));
  auto w = course::wait(ts);
  auto [done, pending] = co_await std::move(w);
  print("done:", done.size(), "pending:", pending.size());
  for (auto& t : ts) {
    auto e = t.exception();
    if (e) {
      print(course::py::exception_name(e) + "(" +
            course::py::repr(course::py::exception_message(e)) + ")");
    } else {
      print(t.result());
    }
  }
}
}  // namespace wait_all_completed
