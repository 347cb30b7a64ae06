// FIRST_EXCEPTION returns when a task raises; the tasks still running are left pending.
#include "../diff_case.hpp"
namespace wait_first_exception {

awaitable<void> job(int d, bool fail) {
  co_await course::sleep(double(d));
  if (fail) throw std::runtime_error("job " + std::to_string(d) + " failed");
  print("job", d, "ok");
}

DIFF_CASE(wait_first_exception) {
  auto ex = co_await asio::this_coro::executor;
  std::vector<course::task<void>> ts{co_spawn(ex, job(1, false), use_task),
                                     co_spawn(ex, job(2, true), use_task),
                                     co_spawn(ex, job(3, false), use_task)};
  auto w = course::wait(ts, course::first_exception);
  auto [done, pending] = co_await std::move(w);
  print("done:", done.size(), "pending:", pending.size());
  print("exception:", course::py::exception_message(ts[1].exception()));
  auto w2 = course::wait(pending);
  co_await std::move(w2);
  print("all finished");
}
}  // namespace wait_first_exception
